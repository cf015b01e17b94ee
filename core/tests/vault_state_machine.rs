//! A state-machine property test of the vault: random sequences of what happens to a
//! vault on a phone (create, right and wrong PINs, lock, PIN change, wipe, cases saved
//! and deleted, time passing, the wall clock set, reboots, the app killed or restarted,
//! a file damaged and put back, the database rolled back) against a reference model,
//! with the invariants:
//!
//! - never erased before the limit of wrong PINs really checked;
//! - a committed case is there after an unlock, or its loss is said;
//! - the count of wrong PINs shown never goes down, and nothing from a header copy that
//!   was not checked is shown or enforced (the count shown is the true one);
//! - no case is purged before it expired by the time that really passed, unless the
//!   user agreed or a reboot left the boot clock unable to vouch (then by at most the
//!   31 days the app accepts);
//! - nothing is erased that a wipe or the limit did not erase;
//! - a finger (the biometric unlock) opens the vault only while it is on, no quick exit
//!   and no wrong PIN came since the right PIN, the phone did not restart, and less than
//!   the chosen hours really passed since the PIN; it never counts or clears a wrong PIN,
//!   and a platform key gone turns it off.
//!
//! `proptest-state-machine` generates and shrinks the sequences; shrunk failures are kept
//! in `vault_state_machine.proptest-regressions` and run first. The run prints its seed
//! and size. In the test command the seed is fixed, so the suite passes or fails the same
//! way every time; before a release run it longer with new seeds:
//! `SIGNALENKAART_PROPTEST_CASES=5000 SIGNALENKAART_PROPTEST_SEED=random cargo test -p
//! signalenkaart-core --test vault_state_machine -- --nocapture` (or a given seed, to
//! repeat a run).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest};
use signalenkaart_core::casework::{Case, CaseId, CaseLabel};
use signalenkaart_core::vault::testing::{FakeBiometrics, PromptAnswer};
use signalenkaart_core::vault::{
    BiometricError, BiometricPrompt, RetentionCheck, SoftwareKeyWrapper, Vault, VaultError,
    VaultSettings, VaultStatus, testing,
};
use signalenkaart_core::{Clock, ManualClock};
use support::{bit_flipped, files, truncated};

mod support;

const PINS: [&str; 2] = ["480271", "935182"];
const WRONG: &str = "111357";
const MAX_ATTEMPTS: u32 = 10;
const RETENTION_DAYS: i64 = 30;
/// The most transitions in one sequence.
const STEPS: usize = 40;
/// Sequences in the test command's run: about half a minute on the 2-core build machine.
const CASES: u32 = 300;
/// The test command's seed.
const SEED: u64 = 20_261_207;

/// Files a fault can hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    NewestSlot,
    OlderSlot,
    Database,
    Log,
    LogIndex,
    CountFile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    Missing,
    Truncated,
    BitFlipped,
}

/// One thing that happens to the vault.
#[derive(Debug, Clone)]
enum Step {
    Create,
    /// A PIN typed after `minutes` (both clocks move).
    Unlock {
        right: bool,
        minutes: u16,
    },
    Lock,
    Save(u8),
    Delete(u8),
    ChangePin {
        right: bool,
    },
    Wipe,
    /// Retention applied after an unlock; a question is answered `agree`.
    Retention {
        agree: bool,
    },
    /// Time passes: both clocks.
    Advance {
        hours: u32,
    },
    /// The user sets the wall clock.
    SetClock {
        days: i32,
    },
    Reboot,
    /// The app is stopped and started again.
    Restart,
    /// The app is killed while the vault is open: files as SIGKILL leaves them.
    Kill,
    /// A file damaged at rest, seen at the next start.
    Damage {
        target: Target,
        fault: Fault,
    },
    /// The damaged file put back as it was.
    Repair,
    /// The biometric unlock turned on with the right PIN or a wrong one.
    BiometricsOn {
        right: bool,
    },
    BiometricsOff,
    /// The quick exit: the PIN is asked again, then the vault locks.
    QuickExit,
    /// A finger on the sensor at the unlock pad, after `minutes`; the platform's key
    /// gone first (a fingerprint enrolled) when `key_gone`.
    Finger {
        outcome: Finger,
        minutes: u16,
    },
    /// A copy of the database (and its log) taken now...
    Snapshot,
    /// ...and put back in place of the current one.
    RollBack,
}

/// What the sensor does with a finger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Finger {
    Recognised,
    Cancelled,
    /// A fingerprint was enrolled since: the platform's key is gone.
    Enrolled,
}

/// The hours the biometric unlock stands in for the PIN in these sequences.
const HOURS: u8 = 8;

fn prompt() -> BiometricPrompt {
    BiometricPrompt {
        title: "Ontgrendelen".into(),
        subtitle: "Met uw vingerafdruk of gezicht".into(),
        use_pin: "Pincode gebruiken".into(),
    }
}

/// The reference model: just enough of the vault's state to generate sensible steps.
#[derive(Debug, Clone, Default)]
struct Model {
    created: bool,
    unlocked: bool,
    /// The biometric unlock is on.
    finger_on: bool,
    /// A quick exit since the right PIN.
    exited: bool,
    damaged: bool,
    snapshot: bool,
    /// Wrong PINs since the last right one, as the model counts them.
    wrong: u32,
}

struct VaultModel;

impl ReferenceStateMachine for VaultModel {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        Just(Model::default()).boxed()
    }

    fn transitions(state: &Model) -> BoxedStrategy<Step> {
        let case = 0u8..4;
        let target = prop_oneof![
            Just(Target::NewestSlot),
            Just(Target::OlderSlot),
            Just(Target::Database),
            Just(Target::Log),
            Just(Target::LogIndex),
            Just(Target::CountFile),
        ];
        let fault = prop_oneof![
            Just(Fault::Missing),
            Just(Fault::Truncated),
            Just(Fault::BitFlipped),
        ];
        if !state.created {
            return prop_oneof![
                4 => Just(Step::Create),
                1 => (0u32..48).prop_map(|hours| Step::Advance { hours }),
                1 => Just(Step::Restart),
            ]
            .boxed();
        }
        if state.unlocked {
            prop_oneof![
                6 => case.clone().prop_map(Step::Save),
                2 => case.prop_map(Step::Delete),
                3 => Just(Step::Lock),
                1 => any::<bool>().prop_map(|right| Step::ChangePin { right }),
                1 => any::<bool>().prop_map(|agree| Step::Retention { agree }),
                2 => Just(Step::Kill),
                1 => Just(Step::Snapshot),
                1 => Just(Step::Wipe),
                4 => any::<bool>().prop_map(|right| Step::BiometricsOn { right }),
                1 => Just(Step::BiometricsOff),
                1 => Just(Step::QuickExit),
                1 => (0u32..24 * 40).prop_map(|hours| Step::Advance { hours }),
            ]
            .boxed()
        } else {
            prop_oneof![
                6 => (any::<bool>(), prop_oneof![Just(0u16), Just(61), Just(121)])
                    .prop_map(|(right, minutes)| Step::Unlock { right, minutes }),
                2 => (target, fault).prop_map(|(target, fault)| Step::Damage { target, fault }),
                2 => Just(Step::Repair),
                1 => Just(Step::RollBack),
                1 => (-40i32..40).prop_map(|days| Step::SetClock { days }),
                1 => (0u32..24 * 40).prop_map(|hours| Step::Advance { hours }),
                1 => Just(Step::Reboot),
                1 => Just(Step::Restart),
                1 => Just(Step::Wipe),
                8 => (
                    prop_oneof![
                        4 => Just(Finger::Recognised),
                        1 => Just(Finger::Cancelled),
                        1 => Just(Finger::Enrolled),
                    ],
                    prop_oneof![Just(1u16), Just(60), Just(7 * 60)]
                )
                    .prop_map(|(outcome, minutes)| Step::Finger { outcome, minutes }),
                1 => Just(Step::QuickExit),
                1 => Just(Step::BiometricsOff),
            ]
            .boxed()
        }
    }

    fn apply(mut state: Model, step: &Step) -> Model {
        match step {
            Step::Create => {
                state = Model {
                    created: true,
                    unlocked: true,
                    ..Model::default()
                };
            }
            // With a file damaged the vault may or may not open: the model guesses it
            // does, and the phone takes steps that do not fit as the refusals they are.
            Step::Unlock { right: true, .. } => {
                state.unlocked = true;
                state.wrong = 0;
                state.exited = false;
            }
            Step::BiometricsOn { right: true } => {
                state.finger_on = true;
                state.exited = false;
                state.wrong = 0;
            }
            Step::BiometricsOn { right: false } => {
                state.wrong += 1;
                if state.wrong >= MAX_ATTEMPTS {
                    state = Model::default();
                }
            }
            Step::BiometricsOff | Step::ChangePin { right: true } => state.finger_on = false,
            Step::QuickExit => {
                state.unlocked = false;
                state.exited = true;
            }
            // The hours may say no: the phone then takes what follows as the refusals
            // they are.
            Step::Finger {
                outcome: Finger::Recognised,
                ..
            } => state.unlocked = state.finger_on && !state.exited && state.wrong == 0,
            Step::Finger {
                outcome: Finger::Enrolled,
                ..
            } => state.finger_on = false,
            Step::Unlock { right: false, .. } => {
                state.wrong += 1;
                if state.wrong >= MAX_ATTEMPTS {
                    state = Model::default();
                }
            }
            Step::Lock | Step::Kill | Step::Restart => state.unlocked = false,
            Step::ChangePin { right: false } => {
                state.wrong += 1;
                if state.wrong >= MAX_ATTEMPTS {
                    state = Model::default();
                }
            }
            Step::Wipe => state = Model::default(),
            Step::Damage { .. } => state.damaged = true,
            Step::Repair => state.damaged = false,
            Step::Snapshot => state.snapshot = true,
            _ => {}
        }
        state
    }

    fn preconditions(state: &Model, step: &Step) -> bool {
        match step {
            Step::Create => !state.created,
            Step::Save(_)
            | Step::Delete(_)
            | Step::Lock
            | Step::ChangePin { .. }
            | Step::Retention { .. }
            | Step::Kill
            | Step::BiometricsOn { .. }
            | Step::Snapshot => state.unlocked,
            Step::BiometricsOff | Step::QuickExit => state.created,
            Step::Unlock { .. } | Step::Finger { .. } | Step::Damage { .. } | Step::RollBack => {
                state.created && !state.unlocked
            }
            Step::Repair => state.damaged,
            Step::SetClock { .. } | Step::Reboot => !state.unlocked,
            _ => true,
        }
    }
}

/// A case as the ledger remembers it: when it was saved, by the true time.
#[derive(Debug, Clone, Copy)]
struct Saved {
    true_at: DateTime<Utc>,
}

/// A copy of the database files, the cases it held, and whether an unlock came since.
type Snapshot = (BTreeMap<String, Vec<u8>>, BTreeMap<u8, Saved>, bool);

/// What the test knows is true, kept beside the vault from what the vault answered.
struct Ledger {
    created: bool,
    pin: usize,
    /// Committed cases.
    cases: BTreeMap<u8, Saved>,
    /// When each case was first saved, for one that comes back with an older copy.
    first_saved: BTreeMap<u8, Saved>,
    /// Wrong PINs really checked since the last successful unlock.
    wrong: u32,
    /// The true time: moved only by time passing, never by setting the clock.
    true_now: DateTime<Utc>,
    /// A reboot since the vault last recorded the time it saw.
    rebooted_since_seen: bool,
    /// The database copy of `Snapshot`: its files, the cases then, and whether an
    /// unlock has happened since (the vault then knows the copy is older).
    snapshot: Option<Snapshot>,
    /// The damaged file, its bytes before (`None`: it did not exist) and after.
    damage: Option<(PathBuf, Option<Vec<u8>>, Vec<u8>)>,
    /// An older copy of the database was put back after an unlock: the vault refuses it
    /// (said) until a wipe.
    older_copy: bool,
    /// The biometric unlock: on since the true time of the right PIN, with what
    /// happened since that asks for the PIN again.
    finger: Option<FingerLedger>,
}

/// What the test knows of the biometric unlock while it is on.
#[derive(Debug, Clone, Copy)]
struct FingerLedger {
    /// The true time the right PIN was last typed.
    pin_at: DateTime<Utc>,
    quick_exit: bool,
    rebooted: bool,
    /// The platform's key is gone (a fingerprint enrolled since).
    key_gone: bool,
}

/// The system under test: a vault in a directory, with its keys and clock.
struct Phone {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    keys: Arc<SoftwareKeyWrapper>,
    clock: Arc<ManualClock>,
    fingers: Arc<FakeBiometrics>,
    vault: Option<Vault>,
    ledger: Ledger,
}

static STEPS_RUN: AtomicUsize = AtomicUsize::new(0);
/// Fingers that opened the vault, and fingers the coercion rule turned away.
static FINGERS_IN: AtomicUsize = AtomicUsize::new(0);
static FINGERS_REFUSED: AtomicUsize = AtomicUsize::new(0);

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
        .single()
        .expect("time")
}

fn case_id(n: u8) -> CaseId {
    CaseId::from_bytes([n + 1; 16])
}

impl Phone {
    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path().to_owned();
        let keys = Arc::new(SoftwareKeyWrapper::new(&root.join("keys")).expect("keys"));
        let clock = Arc::new(ManualClock::new(start()));
        let fingers = Arc::new(FakeBiometrics::default());
        let vault = Vault::open(&root.join("vault"), keys.clone(), clock.clone())
            .expect("open")
            .with_biometrics(fingers.clone());
        Self {
            _tmp: tmp,
            root,
            keys,
            clock,
            fingers,
            vault: Some(vault),
            ledger: Phone::new_ledger(),
        }
    }

    fn dir(&self) -> PathBuf {
        self.root.join("vault")
    }

    fn vault(&mut self) -> &mut Vault {
        self.vault.as_mut().expect("a vault is open")
    }

    fn restart(&mut self) {
        self.vault = None;
        self.vault = Some(
            Vault::open(&self.dir(), self.keys.clone(), self.clock.clone())
                .expect("reopen")
                .with_biometrics(self.fingers.clone()),
        );
    }

    fn pass(&mut self, by: Duration) {
        self.clock.advance(by);
        self.ledger.true_now += by;
    }

    fn path_of(&self, target: Target) -> PathBuf {
        let dir = self.dir();
        let generation = |slot: &str| -> Option<u64> {
            let bytes = std::fs::read(dir.join(slot)).ok()?;
            serde_json::from_slice::<serde_json::Value>(&bytes).ok()?["generation"].as_u64()
        };
        let [a, b] = testing::header_slots();
        let (newest, older) = if generation(a) >= generation(b) {
            (a, b)
        } else {
            (b, a)
        };
        match target {
            Target::NewestSlot => dir.join(newest),
            Target::OlderSlot => dir.join(older),
            Target::Database => dir.join("vault.db"),
            Target::Log => dir.join("vault.db-wal"),
            Target::LogIndex => dir.join("vault.db-shm"),
            Target::CountFile => self.root.join("keys/attempts-NOT-FOR-PHONES.txt"),
        }
    }

    /// Which cases the open vault holds.
    fn cases_held(&mut self) -> Result<BTreeSet<u8>, VaultError> {
        let ids: BTreeSet<CaseId> = self.vault().list_cases()?.iter().map(|c| c.id).collect();
        Ok((0..4).filter(|n| ids.contains(&case_id(*n))).collect())
    }

    /// The vault opened: the committed cases must be there, unless it said some may be
    /// missing (then what it holds is taken as the new truth).
    fn opened(&mut self, loss_said: bool) {
        self.ledger.wrong = 0;
        if let Some(snapshot) = &mut self.ledger.snapshot {
            snapshot.2 = true;
        }
        match self.cases_held() {
            Ok(held) if !loss_said => {
                let committed: BTreeSet<u8> = self.ledger.cases.keys().copied().collect();
                assert_eq!(held, committed, "a committed case is there (nothing said)");
            }
            // Said: what the vault holds is the truth from now on, a case that comes
            // back with an older copy included (its age taken from its first save, so
            // that the retention check never blames a purge on a wrong age).
            Ok(held) => {
                let ledger = &mut self.ledger;
                ledger.cases.retain(|n, _| held.contains(n));
                for n in held {
                    let first = ledger.first_saved[&n];
                    ledger.cases.entry(n).or_insert(first);
                }
            }
            // Damage met while reading: said.
            Err(VaultError::Corrupt { .. }) => {}
            Err(other) => panic!("reading the opened vault: {other:?}"),
        }
    }

    /// A wrong PIN was checked; `wiped` if it was the last.
    fn wrong_checked(&mut self, wiped: bool) {
        self.ledger.wrong += 1;
        if wiped {
            assert!(
                self.ledger.wrong >= MAX_ATTEMPTS,
                "erased after {} wrong PINs really checked",
                self.ledger.wrong
            );
            self.wiped();
        }
    }

    fn wiped(&mut self) {
        let true_now = self.ledger.true_now;
        self.ledger = Ledger {
            true_now,
            ..Phone::new_ledger()
        };
    }

    fn new_ledger() -> Ledger {
        Ledger {
            created: false,
            pin: 0,
            cases: BTreeMap::new(),
            first_saved: BTreeMap::new(),
            wrong: 0,
            true_now: start(),
            rebooted_since_seen: false,
            snapshot: None,
            damage: None,
            older_copy: false,
            finger: None,
        }
    }

    /// Whether `error` is a refusal the vault owes in its state: nothing done, nothing
    /// counted. Damage is said only with a file damaged or an older copy put back.
    fn refused(&self, error: &VaultError) -> bool {
        match error {
            VaultError::Locked | VaultError::AlreadyUnlocked | VaultError::TooSoon { .. } => true,
            VaultError::NotCreated => !self.ledger.created,
            VaultError::Corrupt { .. } | VaultError::KeyUnavailable(_) => {
                self.ledger.damage.is_some() || self.ledger.older_copy
            }
            _ => false,
        }
    }

    fn unlock(&mut self, pin: &str, right: bool) {
        let result = self.vault().unlock(pin);
        match result {
            Ok(report) => {
                assert!(right, "a wrong PIN opened the vault");
                self.opened(report.log_damaged);
                self.pin_typed();
            }
            Err(VaultError::WrongPin { attempts_left }) => {
                assert!(!right, "the right PIN was refused as wrong");
                self.wrong_checked(false);
                assert_eq!(attempts_left, MAX_ATTEMPTS - self.ledger.wrong, "the count");
            }
            Err(VaultError::Wiped) => {
                assert!(!right, "the right PIN erased the vault");
                self.wrong_checked(true);
            }
            // Not counted: a waiting time, damage said, a platform key gone; and steps
            // the model took for possible that are not.
            Err(error) => assert!(self.refused(&error), "unlock: {error:?}"),
        }
    }

    fn apply(&mut self, step: &Step) {
        STEPS_RUN.fetch_add(1, Ordering::Relaxed);
        let pin = PINS[self.ledger.pin];
        match step {
            Step::Create => match self.vault().create(pin) {
                Ok(()) => {
                    self.ledger.created = true;
                    let settings = VaultSettings {
                        retention_days: RETENTION_DAYS as u16,
                        ..VaultSettings::default()
                    };
                    self.vault().save_settings(&settings).expect("settings");
                }
                Err(VaultError::AlreadyCreated) => {}
                Err(error) => assert!(self.refused(&error), "create: {error:?}"),
            },
            Step::Unlock { right, minutes } => {
                self.pass(Duration::minutes(i64::from(*minutes)));
                let typed = if *right { pin } else { WRONG };
                self.unlock(typed, *right);
            }
            Step::Lock => self.vault().lock(),
            Step::Save(n) => {
                let now = self.clock.now();
                let mut case = Case::new(CaseLabel::new(&format!("zaak {n}")).expect("label"), now);
                case.id = case_id(*n);
                match self.vault().save_case(&case) {
                    Ok(()) => {
                        let saved = Saved {
                            true_at: self.ledger.true_now,
                        };
                        self.ledger.cases.insert(*n, saved);
                        self.ledger.first_saved.entry(*n).or_insert(saved);
                    }
                    Err(error) => assert!(self.refused(&error), "save: {error:?}"),
                }
            }
            Step::Delete(n) => match self.vault().delete_case(case_id(*n)) {
                Ok(()) | Err(VaultError::CaseNotFound) => {
                    self.ledger.cases.remove(n);
                }
                Err(error) => assert!(self.refused(&error), "delete: {error:?}"),
            },
            Step::ChangePin { right } => {
                let other = (self.ledger.pin + 1) % PINS.len();
                let old = if *right { pin } else { WRONG };
                match self.vault().change_pin(old, PINS[other]) {
                    Ok(()) => {
                        assert!(right);
                        self.ledger.pin = other;
                        self.ledger.wrong = 0;
                        self.ledger.finger = None;
                    }
                    Err(VaultError::WrongPin { .. }) => self.wrong_checked(false),
                    Err(VaultError::Wiped) => self.wrong_checked(true),
                    Err(error) => assert!(self.refused(&error), "change PIN: {error:?}"),
                }
            }
            Step::Wipe => {
                self.vault().wipe().expect("a wipe always finishes");
                self.wiped();
            }
            Step::Retention { agree } => {
                let before: BTreeSet<u8> = self.ledger.cases.keys().copied().collect();
                let check = match self.vault().apply_retention() {
                    Ok(check) => check,
                    Err(error) => {
                        assert!(self.refused(&error), "retention: {error:?}");
                        return;
                    }
                };
                let asked = match check {
                    RetentionCheck::AskFirst { .. } if *agree => {
                        self.vault().purge_expired().expect("purge");
                        true
                    }
                    _ => false,
                };
                let held = self.cases_held().expect("cases");
                for gone in before.difference(&held) {
                    let saved = self.ledger.cases[gone];
                    let age = self.ledger.true_now - saved.true_at;
                    // A reboot since the last time the vault saw the clock: the boot
                    // clock cannot vouch, and up to the 31 days the app accepts may
                    // not have passed for real.
                    let slack = if self.ledger.rebooted_since_seen {
                        Duration::days(31)
                    } else {
                        Duration::minutes(10)
                    };
                    assert!(
                        asked || age + slack >= Duration::days(RETENTION_DAYS),
                        "case {gone} purged unasked at a true age of {age}"
                    );
                    self.ledger.cases.remove(gone);
                }
                if !matches!(check, RetentionCheck::AskFirst { .. }) || asked {
                    self.ledger.rebooted_since_seen = false;
                }
            }
            Step::Advance { hours } => self.pass(Duration::hours(i64::from(*hours))),
            Step::SetClock { days } => self.clock.jump(Duration::days(i64::from(*days))),
            Step::BiometricsOn { right } => {
                let typed = if *right { pin } else { WRONG };
                match self.vault().turn_on_biometrics(typed, HOURS, &prompt()) {
                    Ok(()) => {
                        assert!(right, "a wrong PIN turned it on");
                        self.ledger.wrong = 0;
                        self.ledger.finger = Some(FingerLedger {
                            pin_at: self.ledger.true_now,
                            quick_exit: false,
                            rebooted: false,
                            key_gone: false,
                        });
                    }
                    Err(VaultError::WrongPin { .. }) => self.wrong_checked(false),
                    Err(VaultError::Wiped) => self.wrong_checked(true),
                    Err(error) => assert!(self.refused(&error), "turn on: {error:?}"),
                }
            }
            Step::BiometricsOff => match self.vault().turn_off_biometrics() {
                Ok(()) => self.ledger.finger = None,
                Err(error) => assert!(self.refused(&error), "turn off: {error:?}"),
            },
            Step::QuickExit => {
                // Held in this process whatever the files allow; said nowhere.
                let _ = self.vault().require_pin();
                self.vault().lock();
                if let Some(finger) = &mut self.ledger.finger {
                    finger.quick_exit = true;
                }
            }
            Step::Finger { outcome, minutes } => {
                self.pass(Duration::minutes(i64::from(*minutes)));
                self.finger(*outcome);
            }
            Step::Reboot => {
                if let Some(finger) = &mut self.ledger.finger {
                    finger.rebooted = true;
                }
                self.clock.reboot();
                self.ledger.rebooted_since_seen = true;
                self.restart();
            }
            Step::Restart => self.restart(),
            Step::Kill => {
                // The files as they are with the vault open, put back after it closed.
                let left = files(&self.dir());
                self.vault = None;
                for name in files(&self.dir()).keys() {
                    if !left.contains_key(name) {
                        std::fs::remove_file(self.dir().join(name)).expect("rm");
                    }
                }
                for (name, bytes) in &left {
                    std::fs::write(self.dir().join(name), bytes).expect("put back");
                }
                self.restart();
            }
            Step::Damage { target, fault } => {
                if self.ledger.damage.is_some() {
                    return;
                }
                self.vault = None;
                let path = self.path_of(*target);
                let before = std::fs::read(&path).ok();
                match (fault, &before) {
                    (_, None) => {}
                    (Fault::Missing, Some(_)) => std::fs::remove_file(&path).expect("rm"),
                    (Fault::Truncated, Some(bytes)) => {
                        std::fs::write(&path, truncated(bytes)).expect("truncate")
                    }
                    (Fault::BitFlipped, Some(bytes)) if !bytes.is_empty() => {
                        std::fs::write(&path, bit_flipped(bytes)).expect("flip")
                    }
                    _ => {}
                }
                let after = std::fs::read(&path).unwrap_or_default();
                self.ledger.damage = Some((path, before, after));
                self.restart();
            }
            Step::Repair => {
                // Only if the vault left the damage as it was: once it wrote the file
                // itself, the damage may live on in it (and stays said).
                let repairable = self.ledger.damage.as_ref().is_some_and(|(path, _, after)| {
                    std::fs::read(path).unwrap_or_default() == *after
                });
                if let Some((path, before, _)) = self.ledger.damage.take_if(|_| repairable) {
                    self.vault = None;
                    match before {
                        Some(bytes) => std::fs::write(&path, bytes).expect("repair"),
                        None => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                    self.restart();
                }
            }
            Step::Snapshot => {
                if self.vault().status() != VaultStatus::Unlocked {
                    return;
                }
                let mut db = files(&self.dir());
                db.retain(|name, _| name.starts_with("vault.db"));
                self.ledger.snapshot = Some((db, self.ledger.cases.clone(), false));
            }
            Step::RollBack => {
                let Some((db, cases, unlocked_since)) = self.ledger.snapshot.clone() else {
                    return;
                };
                self.vault = None;
                for name in files(&self.dir()).keys() {
                    if name.starts_with("vault.db") && !name.contains("kept") {
                        std::fs::remove_file(self.dir().join(name)).expect("rm");
                    }
                }
                for (name, bytes) in &db {
                    std::fs::write(self.dir().join(name), bytes).expect("roll back");
                }
                if !unlocked_since {
                    // Copied and put back within one unlock: not detected (README).
                    self.ledger.cases = cases;
                } else {
                    // The vault knows the copy is older: the next unlock refuses it.
                    self.ledger.older_copy = true;
                }
                self.restart();
            }
        }
        self.check_invariants();
    }

    /// The right PIN opened the vault: a finger may stand in again, counted from now.
    fn pin_typed(&mut self) {
        let now = self.ledger.true_now;
        if let Some(finger) = &mut self.ledger.finger {
            finger.pin_at = now;
            finger.quick_exit = false;
            finger.rebooted = false;
        }
    }

    /// A finger at the unlock pad: it may open the vault only as the coercion rule
    /// allows, never counts, and a key gone turns the unlock off.
    fn finger(&mut self, outcome: Finger) {
        match outcome {
            Finger::Recognised => {}
            Finger::Cancelled => self
                .fingers
                .answer(PromptAnswer::Fails(BiometricError::Cancelled)),
            Finger::Enrolled => {
                self.fingers.invalidate();
                if let Some(finger) = &mut self.ledger.finger {
                    finger.key_gone = true;
                }
            }
        }
        let count = |status: VaultStatus| match status {
            VaultStatus::Locked {
                failed_attempts, ..
            } => Some(failed_attempts),
            _ => None,
        };
        let _ = self.vault().refresh();
        let before = count(self.vault().status());
        let result = self.vault().unlock_with_biometrics(&prompt());
        // An answer no prompt took (the rule said no first) is not kept for the next.
        self.fingers.forget_answers();
        let ledger = self.ledger.finger;
        let allowed = ledger.is_some_and(|f| {
            !f.quick_exit
                && !f.rebooted
                && self.ledger.wrong == 0
                && self.ledger.true_now - f.pin_at < Duration::hours(i64::from(HOURS))
        });
        match result {
            Ok(report) => {
                assert!(
                    allowed && outcome == Finger::Recognised,
                    "a finger opened the vault against the rule: {ledger:?}, {} wrong, {outcome:?}",
                    self.ledger.wrong
                );
                assert!(
                    !ledger.is_some_and(|f| f.key_gone),
                    "opened with a key the platform lost"
                );
                FINGERS_IN.fetch_add(1, Ordering::Relaxed);
                self.opened(report.log_damaged);
            }
            Err(VaultError::PinNeeded { .. }) => {
                FINGERS_REFUSED.fetch_add(1, Ordering::Relaxed);
            }
            Err(VaultError::Biometric(BiometricError::Cancelled)) => {
                assert_eq!(outcome, Finger::Cancelled);
            }
            Err(VaultError::Biometric(BiometricError::KeyInvalidated)) => {
                assert!(
                    ledger.is_some_and(|f| f.key_gone),
                    "a key the platform holds was taken for gone"
                );
                self.ledger.finger = None;
            }
            Err(error) => assert!(self.refused(&error), "finger: {error:?}"),
        }
        // Still locked (not opened, not found damaged): the count is as it was.
        let _ = self.vault().refresh();
        if let (Some(before), Some(after)) = (before, count(self.vault().status())) {
            assert_eq!(before, after, "a finger changed the count of wrong PINs");
        }
    }

    fn check_invariants(&mut self) {
        let Some(vault) = self.vault.as_mut() else {
            return;
        };
        let _ = vault.refresh();
        let status = vault.status();
        let dir = self.dir();
        match status {
            VaultStatus::NotCreated => {
                assert!(
                    !self.ledger.created,
                    "erased, neither wiped nor at the limit"
                );
            }
            VaultStatus::Locked {
                failed_attempts, ..
            } => {
                // The header's and the platform's counts hold what was really checked:
                // shown, never lower and never made up.
                if self.ledger.damage.is_none() {
                    assert_eq!(
                        failed_attempts, self.ledger.wrong,
                        "the count shown is the count checked"
                    );
                } else {
                    assert!(
                        failed_attempts >= self.ledger.wrong,
                        "with a file damaged the count shown is never lower"
                    );
                }
            }
            _ => {}
        }
        if self.ledger.created {
            let present = files(&dir);
            let damaged = self.ledger.damage.as_ref().map(|(p, ..)| p.clone());
            let kept = |name: &str| {
                present.contains_key(name) || damaged.as_deref() == Some(Path::new(&dir.join(name)))
            };
            assert!(
                kept("vault.db") || kept("vault.db.new"),
                "the database is there"
            );
            assert!(
                testing::header_slots().iter().any(|slot| kept(slot)),
                "a header slot is there"
            );
        }
    }
}

struct VaultMachine;

impl StateMachineTest for VaultMachine {
    type SystemUnderTest = Phone;
    type Reference = VaultModel;

    fn init_test(_: &Model) -> Phone {
        Phone::new()
    }

    fn apply(mut phone: Phone, _: &Model, step: Step) -> Phone {
        phone.apply(&step);
        phone
    }
}

#[test]
fn the_vault_agrees_with_its_model_whatever_happens() {
    let (cases, seed) = support::property::size_and_seed("SIGNALENKAART_PROPTEST", CASES, SEED);
    println!(
        "vault state machine: {cases} sequences of up to {STEPS} steps, seed {seed} \
         (SIGNALENKAART_PROPTEST_SEED={seed} repeats it)"
    );
    let config = support::property::config(
        cases,
        seed,
        "tests/vault_state_machine.proptest-regressions",
        2000,
    );
    let mut runner = TestRunner::new(config.clone());
    let strategy = VaultModel::sequential_strategy(1..STEPS);
    let result = runner.run(&strategy, |(initial, transitions, seen)| {
        VaultMachine::test_sequential(config.clone(), initial, transitions, seen);
        Ok(())
    });
    println!(
        "vault state machine: {cases} sequences, {} steps run; {} fingers opened the vault, \
         {} were turned away by the coercion rule",
        STEPS_RUN.load(Ordering::Relaxed),
        FINGERS_IN.load(Ordering::Relaxed),
        FINGERS_REFUSED.load(Ordering::Relaxed)
    );
    if let Err(failure) = result {
        panic!("seed {seed}: {failure}");
    }
}

//! The biometric unlock in the vault: the third wrap of the data key and the coercion
//! rule that decides when it may stand in for the PIN. Each test is an attack on one
//! promise: a forced finger after a quick exit, after a restart, after a wrong PIN or
//! long after the PIN; a clock set to stretch the hours; a header edited to re-arm it;
//! a platform whose key is gone, that cancels, locks out, fails or hands back the wrong
//! key. None may open the vault when the rule says no, count a wrong PIN, or lose a case.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use signalenkaart_core::casework::{Case, CaseLabel};
use signalenkaart_core::vault::testing::{FakeBiometrics, PromptAnswer};
use signalenkaart_core::vault::{
    BiometricError, BiometricPrompt, BiometricUnavailable, PinNeeded, SoftwareKeyWrapper, Vault,
    VaultError, VaultStatus, testing,
};
use signalenkaart_core::{Clock, ManualClock};
use support::files;

mod support;

const PIN: &str = "480271";
const NEW_PIN: &str = "935182";
const WRONG: &str = "480272";

fn prompt() -> BiometricPrompt {
    BiometricPrompt {
        title: "Ontgrendelen".into(),
        subtitle: "Met uw vingerafdruk of gezicht".into(),
        use_pin: "Pincode gebruiken".into(),
    }
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
        .single()
        .expect("time")
}

/// A phone: a vault directory, its keys, its clock and its biometric platform.
struct Phone {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    clock: Arc<ManualClock>,
    fingers: Arc<FakeBiometrics>,
    vault: Vault,
}

impl Phone {
    /// A vault with one case, the biometric unlock on for `hours`, locked.
    fn with_biometrics(hours: u8) -> Self {
        let mut phone = Self::new();
        phone.vault.create(PIN).expect("create");
        let case = Case::new(
            CaseLabel::new("gezin B.").expect("label"),
            phone.clock.now(),
        );
        phone.vault.save_case(&case).expect("save");
        phone
            .vault
            .turn_on_biometrics(PIN, hours, &prompt())
            .expect("turn on");
        phone.vault.lock();
        phone
    }

    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("tmp");
        let root = tmp.path().to_owned();
        let clock = Arc::new(ManualClock::new(start()));
        let fingers = Arc::new(FakeBiometrics::default());
        let vault = open(&root, &clock, &fingers);
        Self {
            _tmp: tmp,
            root,
            clock,
            fingers,
            vault,
        }
    }

    /// The app started again on the same files, keys, clock and platform.
    fn restart(&mut self) {
        self.vault = open(&self.root, &self.clock, &self.fingers);
    }

    fn vault_files(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        files(&self.root.join("vault"))
    }

    fn biometric(&mut self) -> Result<(), VaultError> {
        self.vault.unlock_with_biometrics(&prompt()).map(drop)
    }

    /// The right PIN, then a lock: the finger opens the vault again.
    fn the_pin_brings_the_finger_back(&mut self) {
        self.vault.unlock(PIN).expect("the right PIN");
        self.vault.lock();
        self.biometric().expect("after the PIN, the finger again");
    }

    fn pin_needed(&mut self) -> Option<PinNeeded> {
        self.vault.refresh().expect("refresh");
        self.vault.biometric().expect("on").pin_needed
    }

    fn cases(&self) -> usize {
        self.vault.list_cases().expect("cases").len()
    }
}

fn open(root: &std::path::Path, clock: &Arc<ManualClock>, fingers: &Arc<FakeBiometrics>) -> Vault {
    let keys = Arc::new(SoftwareKeyWrapper::new(&root.join("keys")).expect("keys"));
    Vault::open(&root.join("vault"), keys, clock.clone())
        .expect("open")
        .with_biometrics(fingers.clone())
}

fn needs(error: Result<(), VaultError>) -> PinNeeded {
    match error {
        Err(VaultError::PinNeeded { reason }) => reason,
        other => panic!("expected the PIN to be needed, got {other:?}"),
    }
}

#[test]
fn within_the_hours_the_finger_opens_the_vault_and_the_pin_opens_it_as_always() {
    let mut phone = Phone::with_biometrics(8);
    phone.clock.advance(Duration::minutes(20));
    assert_eq!(phone.pin_needed(), None);
    phone.biometric().expect("the finger opens it");
    assert_eq!(phone.cases(), 1);
    assert_eq!(phone.fingers.prompts().len(), 2, "turning on and unlocking");
    phone.vault.lock();
    phone.vault.unlock(PIN).expect("the PIN still opens it");
}

#[test]
fn after_a_quick_exit_only_the_pin_opens_it_even_after_the_app_restarts() {
    let mut phone = Phone::with_biometrics(24);
    phone.vault.require_pin().expect("quick exit");
    let shown = phone.fingers.prompts().len();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterQuickExit);
    assert_eq!(
        phone.fingers.prompts().len(),
        shown,
        "no prompt is shown at all"
    );
    // The rule is in the authenticated header, not only in this process.
    phone.restart();
    assert_eq!(phone.pin_needed(), Some(PinNeeded::AfterQuickExit));
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterQuickExit);
    phone.the_pin_brings_the_finger_back();
}

#[test]
fn a_quick_exit_while_open_asks_for_the_pin_too() {
    let mut phone = Phone::with_biometrics(8);
    phone.biometric().expect("open");
    phone.vault.require_pin().expect("quick exit while open");
    phone.vault.lock();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterQuickExit);
}

#[test]
fn a_quick_exit_that_cannot_be_written_still_asks_for_the_pin_in_this_process() {
    let mut phone = Phone::with_biometrics(8);
    // The platform key unavailable for a moment: the header cannot be rewritten.
    let key = phone
        .root
        .join("keys")
        .join("software-key-NOT-FOR-PHONES.bin");
    let aside = phone.root.join("key-aside");
    std::fs::rename(&key, &aside).expect("key aside");
    assert!(
        phone.vault.require_pin().is_err(),
        "nothing could be written"
    );
    std::fs::rename(&aside, &key).expect("key back");
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterQuickExit);
    phone.the_pin_brings_the_finger_back();
}

#[test]
fn after_a_restart_of_the_phone_only_the_pin_opens_it() {
    let mut phone = Phone::with_biometrics(24);
    phone.clock.advance(Duration::hours(1));
    phone.clock.reboot();
    phone.restart();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterRestart);
}

#[test]
fn a_restart_is_seen_when_the_phone_has_been_up_longer_than_before() {
    let mut phone = Phone::with_biometrics(24);
    // The PIN typed just after a boot (the boot clock at 30 s)...
    phone.clock.reboot();
    phone.restart();
    phone.vault.unlock(PIN).expect("PIN");
    phone.vault.lock();
    // ...then a restart an hour later, and three hours up since: the boot clock reads
    // more than it did at the PIN, as if there had been no restart.
    phone.clock.advance(Duration::hours(1));
    phone.clock.reboot();
    phone.clock.advance(Duration::hours(3));
    phone.restart();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterRestart);
}

#[test]
fn after_the_chosen_hours_only_the_pin_opens_it() {
    for hours in [4u8, 8, 24] {
        let mut phone = Phone::with_biometrics(hours);
        phone
            .clock
            .advance(Duration::hours(i64::from(hours)) - Duration::minutes(1));
        assert_eq!(phone.pin_needed(), None, "{hours} h");
        phone.clock.advance(Duration::minutes(1));
        assert_eq!(
            needs(phone.biometric()),
            PinNeeded::PinTooLongAgo { hours },
            "{hours} h"
        );
    }
}

#[test]
fn a_biometric_unlock_does_not_renew_the_hours_only_the_pin_does() {
    let mut phone = Phone::with_biometrics(4);
    phone.clock.advance(Duration::hours(3));
    phone.biometric().expect("within 4 h");
    phone.vault.lock();
    phone.clock.advance(Duration::hours(1));
    assert_eq!(
        needs(phone.biometric()),
        PinNeeded::PinTooLongAgo { hours: 4 }
    );
    phone.vault.unlock(PIN).expect("PIN");
    phone.vault.lock();
    phone.clock.advance(Duration::hours(3));
    phone.biometric().expect("counted from the PIN");
}

#[test]
fn setting_the_wall_clock_back_does_not_stretch_the_hours() {
    let mut phone = Phone::with_biometrics(4);
    phone.clock.advance(Duration::hours(5));
    phone.clock.jump(-Duration::hours(4));
    assert_ne!(phone.pin_needed(), None);
    assert!(matches!(
        phone.biometric(),
        Err(VaultError::PinNeeded { .. })
    ));
}

#[test]
fn after_a_wrong_pin_only_the_right_pin_opens_it() {
    let mut phone = Phone::with_biometrics(8);
    assert!(matches!(
        phone.vault.unlock(WRONG),
        Err(VaultError::WrongPin { .. })
    ));
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterWrongPin);
    phone.restart();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterWrongPin);
    phone.the_pin_brings_the_finger_back();
}

#[test]
fn a_wrong_pin_typed_while_open_also_asks_for_the_right_one() {
    let mut phone = Phone::with_biometrics(8);
    phone.biometric().expect("open");
    assert!(matches!(
        phone.vault.change_pin(WRONG, NEW_PIN),
        Err(VaultError::WrongPin { .. })
    ));
    phone.vault.lock();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterWrongPin);
}

#[test]
fn a_failed_or_cancelled_prompt_counts_nothing_and_writes_nothing() {
    let mut phone = Phone::with_biometrics(8);
    phone.vault.refresh().expect("checked");
    let before = phone.vault_files();
    let failures = [
        BiometricError::Cancelled,
        BiometricError::LockedOut,
        BiometricError::Unavailable {
            reason: BiometricUnavailable::HardwareUnavailable,
        },
        BiometricError::Failed { code: -28 },
        BiometricError::Failed { code: -100 },
    ];
    for failure in failures.iter().cycle().take(25) {
        phone.fingers.answer(PromptAnswer::Fails(failure.clone()));
        match phone.biometric() {
            Err(VaultError::Biometric(error)) => assert_eq!(&error, failure),
            other => panic!("{failure:?}: {other:?}"),
        }
    }
    assert_eq!(phone.vault_files(), before, "not a byte written");
    assert!(matches!(
        phone.vault.status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            retry_at: None,
            ..
        }
    ));
    phone.biometric().expect("the finger still opens it");
    assert_eq!(phone.cases(), 1);
}

#[test]
fn a_key_the_platform_lost_drops_the_wrap_and_the_pin_opens_as_always() {
    let mut phone = Phone::with_biometrics(8);
    phone.fingers.invalidate();
    match phone.biometric() {
        Err(VaultError::Biometric(BiometricError::KeyInvalidated)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(phone.vault.biometric(), None, "turned off");
    for name in testing::header_slots() {
        let header = std::fs::read_to_string(phone.root.join("vault").join(name)).expect("slot");
        assert!(!header.contains("biometric"), "{name} still holds the wrap");
    }
    assert!(matches!(
        phone.vault.status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            ..
        }
    ));
    phone.vault.unlock(PIN).expect("the PIN");
    assert_eq!(phone.cases(), 1);
}

#[test]
fn a_wrong_key_handed_back_never_reaches_the_database() {
    let mut phone = Phone::with_biometrics(8);
    let database = phone.vault_files()["vault.db"].clone();
    phone.fingers.answer(PromptAnswer::WrongSecret);
    match phone.biometric() {
        Err(VaultError::Biometric(BiometricError::KeyInvalidated)) => {}
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(phone.vault.status(), VaultStatus::Locked { .. }),
        "not reported as a damaged database: {:?}",
        phone.vault.status()
    );
    assert_eq!(phone.vault_files()["vault.db"], database);
    assert_eq!(phone.vault.biometric(), None);
    phone.vault.unlock(PIN).expect("the PIN");
    assert_eq!(phone.cases(), 1);
}

#[test]
fn turning_on_needs_the_right_pin_and_a_wrong_one_counts() {
    let mut phone = Phone::new();
    phone.vault.create(PIN).expect("create");
    match phone.vault.turn_on_biometrics(WRONG, 8, &prompt()) {
        Err(VaultError::WrongPin { attempts_left }) => assert_eq!(attempts_left, 9),
        other => panic!("{other:?}"),
    }
    assert!(
        phone.fingers.prompts().is_empty(),
        "no prompt for a wrong PIN"
    );
    assert_eq!(phone.vault.biometric(), None);
    phone.vault.lock();
    assert!(matches!(
        phone.vault.status(),
        VaultStatus::Locked {
            failed_attempts: 1,
            ..
        }
    ));
    // Locked, it cannot be turned on at all.
    assert!(matches!(
        phone.vault.turn_on_biometrics(PIN, 8, &prompt()),
        Err(VaultError::Locked)
    ));
}

#[test]
fn a_platform_that_refuses_to_enrol_leaves_it_off_and_the_right_pin_reset() {
    let mut phone = Phone::new();
    phone.vault.create(PIN).expect("create");
    phone
        .vault
        .change_pin(WRONG, NEW_PIN)
        .expect_err("one wrong PIN first");
    phone
        .fingers
        .answer(PromptAnswer::Fails(BiometricError::Unavailable {
            reason: BiometricUnavailable::NotStrong,
        }));
    match phone.vault.turn_on_biometrics(PIN, 8, &prompt()) {
        Err(VaultError::Biometric(BiometricError::Unavailable { reason })) => {
            assert_eq!(reason, BiometricUnavailable::NotStrong);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(phone.vault.biometric(), None);
    phone.vault.lock();
    phone.restart();
    phone.vault.refresh().expect("checked");
    assert!(
        matches!(
            phone.vault.status(),
            VaultStatus::Locked {
                failed_attempts: 0,
                ..
            }
        ),
        "the right PIN reset the count on disk: {:?}",
        phone.vault.status()
    );
}

#[test]
fn turning_off_changing_the_pin_or_a_wipe_drop_the_wrap_and_the_platform_key() {
    // Off while locked.
    let mut phone = Phone::with_biometrics(8);
    phone.vault.turn_off_biometrics().expect("off");
    assert!(!phone.fingers.has_key());
    assert_eq!(needs(phone.biometric()), PinNeeded::Off);
    // A new PIN.
    let mut phone = Phone::with_biometrics(8);
    phone.vault.unlock(PIN).expect("PIN");
    phone.vault.change_pin(PIN, NEW_PIN).expect("change");
    assert!(!phone.fingers.has_key());
    assert_eq!(phone.vault.biometric(), None);
    phone.vault.lock();
    assert_eq!(needs(phone.biometric()), PinNeeded::Off);
    // A wipe.
    let mut phone = Phone::with_biometrics(8);
    phone.vault.wipe().expect("wipe");
    assert!(!phone.fingers.has_key());
    assert!(phone.fingers.forgotten() >= 1);
}

#[test]
fn the_hours_are_changed_only_while_open_and_only_to_what_is_offered() {
    let mut phone = Phone::with_biometrics(8);
    assert!(matches!(
        phone.vault.set_biometric_hours(24),
        Err(VaultError::Locked)
    ));
    phone.biometric().expect("open");
    assert!(phone.vault.set_biometric_hours(5).is_err());
    phone.vault.set_biometric_hours(4).expect("4 h");
    assert_eq!(phone.vault.biometric().map(|b| b.hours), Some(4));
    phone.vault.lock();
    phone.restart();
    phone.vault.refresh().expect("checked");
    assert_eq!(phone.vault.biometric().map(|b| b.hours), Some(4));
}

/// Rewrites a JSON field of both header slots, as someone with the files would.
fn edit_both_slots(phone: &Phone, edit: impl Fn(&mut serde_json::Value)) {
    for name in testing::header_slots() {
        let path = phone.root.join("vault").join(name);
        let mut header: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("slot")).expect("json");
        edit(&mut header);
        std::fs::write(&path, serde_json::to_vec(&header).expect("json")).expect("write");
    }
}

#[test]
fn a_header_edited_to_rearm_the_finger_or_stretch_the_hours_is_refused() {
    type Edit = fn(&mut serde_json::Value);
    let edits: [(&str, Edit); 4] = [
        ("quick exit cleared", |h| {
            h["biometric"]["quick_exit"] = false.into();
        }),
        ("hours stretched", |h| h["biometric"]["hours"] = 24.into()),
        ("PIN time moved on", |h| {
            let at = h["biometric"]["pin_at_ns"].as_i64().unwrap_or_default();
            h["biometric"]["pin_at_ns"] = (at + 3_600_000_000_000).into();
        }),
        ("wrap removed", |h| {
            if let Some(object) = h.as_object_mut() {
                object.remove("biometric");
            }
        }),
    ];
    for (what, edit) in edits {
        let mut phone = Phone::with_biometrics(4);
        phone.vault.require_pin().expect("quick exit");
        phone.clock.advance(Duration::hours(5));
        edit_both_slots(&phone, edit);
        phone.restart();
        match phone.biometric() {
            Err(VaultError::Corrupt { .. }) => {}
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(phone.fingers.prompts().len(), 1, "{what}: no prompt shown");
    }
}

#[test]
fn a_header_written_before_the_biometric_unlock_existed_still_opens() {
    // A vault that never turned it on writes no biometric field at all: its header is
    // byte for byte what the format held before, MAC included.
    let mut phone = Phone::new();
    phone.vault.create(PIN).expect("create");
    phone.vault.lock();
    for name in testing::header_slots() {
        let header = std::fs::read_to_string(phone.root.join("vault").join(name)).expect("slot");
        assert!(!header.contains("biometric"), "{name}");
    }
    phone.restart();
    assert_eq!(needs(phone.biometric()), PinNeeded::Off);
    phone.vault.unlock(PIN).expect("PIN");
}

#[test]
fn an_older_header_put_back_after_a_quick_exit_does_not_let_the_finger_in() {
    let mut phone = Phone::with_biometrics(24);
    let slots: Vec<(String, Vec<u8>)> = testing::header_slots()
        .iter()
        .map(|name| {
            let path = phone.root.join("vault").join(name);
            ((*name).to_owned(), std::fs::read(path).expect("slot"))
        })
        .collect();
    phone.vault.require_pin().expect("quick exit");
    // Someone with the files puts back both header slots from before the exit, with
    // the app stopped.
    drop(std::mem::replace(
        &mut phone.vault,
        open(&phone.root, &phone.clock, &phone.fingers),
    ));
    for (name, bytes) in &slots {
        std::fs::write(phone.root.join("vault").join(name), bytes).expect("put back");
    }
    phone.restart();
    assert_eq!(needs(phone.biometric()), PinNeeded::AfterQuickExit);
    assert_eq!(phone.fingers.prompts().len(), 1, "no prompt shown");
    phone.the_pin_brings_the_finger_back();
}

#[test]
fn the_last_wrong_pin_typed_to_turn_it_on_erases_as_at_the_unlock() {
    let mut phone = Phone::new();
    phone.vault.create(PIN).expect("create");
    let mut last = None;
    for _ in 0..10 {
        // A day between tries outlasts any waiting time.
        phone.clock.advance(Duration::days(1));
        last = Some(phone.vault.turn_on_biometrics(WRONG, 8, &prompt()));
        if matches!(last, Some(Err(VaultError::Wiped))) {
            break;
        }
    }
    assert!(matches!(last, Some(Err(VaultError::Wiped))), "{last:?}");
    assert_eq!(phone.vault.status(), VaultStatus::NotCreated);
    assert!(phone.fingers.prompts().is_empty(), "never prompted");
}

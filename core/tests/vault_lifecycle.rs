//! Vault lifecycle: create, unlock, lock, PIN changes, attempt counting, erasure.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use signalenkaart_core::casework::{Case, CaseId, CaseLabel};
use signalenkaart_core::vault::{
    KeyWrapper, NoteId, SoftwareKeyWrapper, Vault, VaultError, VaultPart, VaultSettings,
    VaultStatus, testing,
};
use signalenkaart_core::{Clock, ManualClock};

const PIN: &str = "480271";
const WRONG: &str = "480272";

struct Setup {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    keys: Arc<SoftwareKeyWrapper>,
    clock: Arc<ManualClock>,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("vault");
    let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
            .single()
            .expect("time"),
    ));
    Setup {
        _tmp: tmp,
        dir,
        keys,
        clock,
    }
}

impl Setup {
    fn open(&self) -> Vault {
        Vault::open(&self.dir, self.keys.clone(), self.clock.clone()).expect("open")
    }

    fn created(&self) -> Vault {
        let mut vault = self.open();
        vault.create(PIN).expect("create");
        vault
    }
}

fn vault_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn create_then_lock_then_unlock_with_the_right_pin() {
    let s = setup();
    let mut vault = s.open();
    assert_eq!(vault.status(), VaultStatus::NotCreated);
    vault.create(PIN).expect("create");
    assert_eq!(vault.status(), VaultStatus::Unlocked);
    vault.lock();
    assert_eq!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            max_attempts: 10,
            retry_at: None
        }
    );
    vault.unlock(PIN).expect("unlock");
    assert_eq!(vault.status(), VaultStatus::Unlocked);
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::AlreadyUnlocked)
    ));
    assert!(matches!(vault.create(PIN), Err(VaultError::AlreadyCreated)));

    // One process at a time: the directory's lock goes with the vault.
    assert_eq!(s.open().status(), VaultStatus::InUse);
    drop(vault);
    let reopened = s.open();
    assert!(matches!(reopened.status(), VaultStatus::Locked { .. }));
}

#[test]
fn weak_or_malformed_pins_are_refused_with_typed_errors() {
    let s = setup();
    let mut vault = s.open();
    type Check = fn(&VaultError) -> bool;
    let cases: [(&str, Check); 6] = [
        ("12345", |e| matches!(e, VaultError::PinTooShort { min: 6 })),
        ("1234567890123", |e| {
            matches!(e, VaultError::PinTooLong { max: 12 })
        }),
        ("48o271", |e| matches!(e, VaultError::PinNotDigits)),
        ("000000", |e| matches!(e, VaultError::PinTooWeak)),
        ("123456", |e| matches!(e, VaultError::PinTooWeak)),
        ("121212", |e| matches!(e, VaultError::PinTooWeak)),
    ];
    for (pin, expected) in cases {
        let error = vault.create(pin).expect_err(pin);
        assert!(expected(&error), "{pin}: {error:?}");
        assert_eq!(vault.status(), VaultStatus::NotCreated);
    }
    assert!(vault_files(&s.dir).is_empty());
}

#[test]
fn wrong_pin_is_a_typed_error_with_attempts_left() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 9 })
    ));
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 8 })
    ));
    // A PIN breaking the rules cannot be right: refused without counting.
    assert!(matches!(
        vault.unlock("1"),
        Err(VaultError::PinTooShort { .. })
    ));
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 2,
            ..
        }
    ));
}

#[test]
fn attempt_counter_survives_reopening_and_resets_on_success() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    for _ in 0..2 {
        assert!(vault.unlock(WRONG).is_err());
    }
    drop(vault);
    let mut vault = s.open();
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 2,
            ..
        }
    ));
    vault.unlock(PIN).expect("right pin");
    vault.lock();
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            ..
        }
    ));
    drop(vault);
    assert!(matches!(
        s.open().status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            ..
        }
    ));
}

#[test]
fn delay_grows_after_three_failures_and_early_attempts_are_not_counted() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    for _ in 0..3 {
        assert!(matches!(
            vault.unlock(WRONG),
            Err(VaultError::WrongPin { .. })
        ));
    }
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked { retry_at: None, .. }
    ));
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 6 })
    ));
    let first_wait = s.clock.now() + Duration::seconds(30);
    let Err(VaultError::TooSoon { retry_at }) = vault.unlock(PIN) else {
        panic!("expected TooSoon");
    };
    assert_eq!(retry_at, first_wait);
    drop(vault);
    // Reopened: the wait shows once the header is checked, and holds.
    let mut vault = s.open();
    vault.refresh().expect("refresh");
    assert_eq!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 4,
            max_attempts: 10,
            retry_at: Some(first_wait)
        }
    );
    s.clock.advance(Duration::seconds(30));
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 5 })
    ));
    let Err(VaultError::TooSoon { retry_at }) = vault.unlock(PIN) else {
        panic!("expected TooSoon");
    };
    assert_eq!(retry_at, s.clock.now() + Duration::seconds(60));
    s.clock.advance(Duration::seconds(60));
    vault.unlock(PIN).expect("right pin after waiting");
}

#[test]
fn after_max_failures_even_the_right_pin_fails_and_the_files_are_gone() {
    let s = setup();
    let mut vault = s.created();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    vault.lock();
    for attempt in 1..=10 {
        s.clock.advance(Duration::hours(2));
        let result = vault.unlock(WRONG);
        if attempt < 10 {
            assert!(
                matches!(result, Err(VaultError::WrongPin { attempts_left }) if attempts_left == 10 - attempt),
                "{attempt}: {result:?}"
            );
        } else {
            assert!(matches!(result, Err(VaultError::Wiped)), "{result:?}");
        }
    }
    assert_eq!(vault.status(), VaultStatus::NotCreated);
    assert!(matches!(vault.unlock(PIN), Err(VaultError::NotCreated)));
    assert!(vault_files(&s.dir).is_empty(), "{:?}", vault_files(&s.dir));
    // The platform key is destroyed too.
    assert!(s.keys.unwrap(b"anything at all, 24 bytes+").is_err());
    drop(vault);
    let mut fresh = s.open();
    assert_eq!(fresh.status(), VaultStatus::NotCreated);
    fresh.create(PIN).expect("a new vault can be created");
    assert!(fresh.list_cases().expect("list").is_empty());
}

#[test]
fn max_attempts_is_a_setting_kept_in_the_header() {
    let s = setup();
    let mut vault = s.created();
    let settings = VaultSettings {
        max_attempts: 3,
        ..vault.settings().expect("settings")
    };
    vault.save_settings(&settings).expect("save");
    vault.lock();
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked {
            max_attempts: 3,
            ..
        }
    ));
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 2 })
    ));
    assert!(vault.unlock(WRONG).is_err());
    assert!(matches!(vault.unlock(WRONG), Err(VaultError::Wiped)));
    assert!(vault_files(&s.dir).is_empty());
}

#[test]
fn change_pin_rewraps_only() {
    let s = setup();
    let mut vault = s.created();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    vault.lock();
    vault.unlock(PIN).expect("unlock");
    let db_before = std::fs::read(s.dir.join("vault.db")).expect("db");
    assert!(matches!(
        vault.change_pin(WRONG, "739104"),
        Err(VaultError::WrongPin { attempts_left: 9 })
    ));
    assert!(matches!(
        vault.change_pin(PIN, "111111"),
        Err(VaultError::PinTooWeak)
    ));
    vault.change_pin(PIN, "739104").expect("change");
    assert_eq!(
        std::fs::read(s.dir.join("vault.db")).expect("db"),
        db_before
    );
    vault.lock();
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::WrongPin { .. })
    ));
    vault.unlock("739104").expect("new pin");
    assert_eq!(vault.load_case(case.id).expect("load"), Some(case));
    vault.lock();
    assert!(matches!(
        vault.change_pin("739104", "480271"),
        Err(VaultError::Locked)
    ));
}

#[test]
fn locked_vault_refuses_every_case_operation() {
    let s = setup();
    let mut vault = s.created();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    let note = vault.add_note(case.id, "tekst").expect("note");
    vault.lock();
    let id: CaseId = case.id;
    let note_id: NoteId = note;
    type Operation<'a> = Box<dyn Fn(&mut Vault) -> Result<(), VaultError> + 'a>;
    let operations: Vec<(&str, Operation)> = vec![
        ("save_case", Box::new(|v| v.save_case(&case))),
        ("load_case", Box::new(move |v| v.load_case(id).map(drop))),
        ("list_cases", Box::new(|v| v.list_cases().map(drop))),
        ("delete_case", Box::new(move |v| v.delete_case(id))),
        ("add_note", Box::new(move |v| v.add_note(id, "x").map(drop))),
        (
            "update_note",
            Box::new(move |v| v.update_note(note_id, "y")),
        ),
        ("delete_note", Box::new(move |v| v.delete_note(note_id))),
        ("list_notes", Box::new(move |v| v.list_notes(id).map(drop))),
        (
            "search_notes",
            Box::new(|v| v.search_notes("tekst").map(drop)),
        ),
        ("settings", Box::new(|v| v.settings().map(drop))),
        (
            "save_settings",
            Box::new(|v| v.save_settings(&VaultSettings::default())),
        ),
        ("expires_at", Box::new(|v| v.expires_at(&case).map(drop))),
        ("purge_expired", Box::new(|v| v.purge_expired().map(drop))),
        ("check_integrity", Box::new(|v| v.check_integrity())),
    ];
    for (name, operation) in &operations {
        assert!(
            matches!(operation(&mut vault), Err(VaultError::Locked)),
            "{name}"
        );
    }
    // Never created counts as locked for data operations too.
    let mut empty = Vault::open(
        &s.dir.with_file_name("other"),
        s.keys.clone(),
        s.clock.clone(),
    )
    .expect("open");
    for (name, operation) in &operations {
        assert!(
            matches!(operation(&mut empty), Err(VaultError::Locked)),
            "{name}"
        );
    }
}

#[test]
fn panic_wipe_deletes_every_file_and_looks_freshly_installed() {
    let s = setup();
    let mut vault = s.created();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    vault.add_note(case.id, "notitie").expect("note");
    assert!(!vault_files(&s.dir).is_empty());
    vault.wipe().expect("wipe");
    assert_eq!(vault.status(), VaultStatus::NotCreated);
    assert!(vault_files(&s.dir).is_empty(), "{:?}", vault_files(&s.dir));
    assert!(matches!(vault.list_cases(), Err(VaultError::Locked)));
    drop(vault);
    let mut vault = s.open();
    assert_eq!(vault.status(), VaultStatus::NotCreated);
    vault.create(PIN).expect("create again");
    assert!(vault.list_cases().expect("list").is_empty());
}

#[test]
fn corrupt_header_is_reported_and_kept() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    drop(vault);
    let garbage = b"{\"format\": 2, \"oops\"";
    for slot in testing::header_slots() {
        std::fs::write(s.dir.join(slot), garbage).expect("write");
    }
    let mut vault = s.open();
    assert_eq!(
        vault.status(),
        VaultStatus::Corrupt {
            part: VaultPart::Header
        }
    );
    assert!(matches!(vault.unlock(PIN), Err(VaultError::Corrupt { .. })));
    assert!(matches!(vault.create(PIN), Err(VaultError::Corrupt { .. })));
    for slot in testing::header_slots() {
        assert_eq!(std::fs::read(s.dir.join(slot)).expect("kept"), garbage);
    }
    assert!(s.dir.join("vault.db").exists());
    vault.wipe().expect("wipe is the way out");
    assert_eq!(vault.status(), VaultStatus::NotCreated);
}

#[test]
fn corrupt_database_is_reported_and_kept() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    let path = s.dir.join("vault.db");
    let mut bytes = std::fs::read(&path).expect("db");
    for b in &mut bytes[100..200] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).expect("damage");
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::Corrupt {
            part: VaultPart::Database
        })
    ));
    assert_eq!(std::fs::read(&path).expect("kept"), bytes);
    assert_eq!(
        vault.status(),
        VaultStatus::Corrupt {
            part: VaultPart::Database
        }
    );
    // The PIN was right: the counter is not left raised.
    drop(vault);
    assert!(matches!(
        s.open().status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            ..
        }
    ));
}

#[test]
fn lost_platform_key_is_reported_without_counting_an_attempt() {
    let s = setup();
    let mut vault = s.created();
    vault.lock();
    s.keys.destroy().expect("destroy");
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::KeyUnavailable(_))
    ));
    assert!(matches!(
        vault.status(),
        VaultStatus::Locked {
            failed_attempts: 0,
            ..
        }
    ));
    assert!(s.dir.join("vault.db").exists());
}

#[test]
fn errors_never_display_pins_or_case_text() {
    let s = setup();
    let mut vault = s.created();
    let case = Case::new(
        CaseLabel::new("gezin Jansen").expect("label"),
        s.clock.now(),
    );
    vault.save_case(&case).expect("save");
    let errors = [
        vault
            .add_note(case.id, &"geheim ".repeat(5000))
            .expect_err("long"),
        vault.change_pin("739105", "739104").expect_err("wrong"),
    ];
    for error in errors {
        let shown = format!("{error} {error:?}");
        for secret in ["geheim", "Jansen", "739105", "739104", PIN] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
}

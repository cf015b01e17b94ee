//! The vault's own state: an edited or damaged header, a rolled-back copy, a clock that
//! jumps, a missing or older database, a damaged log after an unclean shutdown. None of
//! them may cost a case, look like a wrong PIN, or erase anything.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use serde_json::Value;
use signalenkaart_core::casework::{Case, CaseLabel};
use signalenkaart_core::vault::{
    ClockDoubt, Finding, KeyWrapper, KeyWrapperError, RetentionCheck, SoftwareKeyWrapper, Vault,
    VaultError, VaultPart, VaultSettings, VaultStatus, testing,
};
use signalenkaart_core::{Clock, ManualClock};
use support::{copy_dir, files};

mod support;

const PIN: &str = "480271";
const WRONG: &str = "480272";

struct Setup {
    tmp: tempfile::TempDir,
    dir: PathBuf,
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
        tmp,
        dir,
        keys,
        clock,
    }
}

impl Setup {
    fn open(&self) -> Vault {
        Vault::open(&self.dir, self.keys.clone(), self.clock.clone()).expect("open")
    }

    /// A vault with one case, locked.
    fn with_case(&self) -> Vault {
        let mut vault = self.open();
        vault.create(PIN).expect("create");
        let case = Case::new(CaseLabel::new("gezin B.").expect("label"), self.clock.now());
        vault.save_case(&case).expect("save");
        vault
            .add_note(case.id, "Buurvrouw noemt dure spullen.")
            .expect("note");
        vault.lock();
        vault
    }

    /// `n` wrong PINs, each after any waiting time.
    fn fail(&self, vault: &mut Vault, n: u32) -> VaultError {
        let mut last = None;
        for _ in 0..n {
            self.clock.advance(Duration::hours(2));
            last = Some(vault.unlock(WRONG).expect_err("wrong"));
        }
        last.expect("at least one")
    }
}

/// Applies `edit` to both header slots, as someone with the files would.
fn edit_both_slots(dir: &Path, edit: &dyn Fn(&mut Value)) {
    for slot in testing::header_slots() {
        let path = dir.join(slot);
        let mut json: Value =
            serde_json::from_slice(&std::fs::read(&path).expect("slot")).expect("json");
        edit(&mut json);
        std::fs::write(&path, serde_json::to_vec_pretty(&json).expect("json")).expect("write");
    }
}

/// The count of wrong PINs the locked vault shows, once its header is checked.
fn shown_count(vault: &mut Vault) -> u32 {
    vault.refresh().expect("refresh");
    match vault.status() {
        VaultStatus::Locked {
            failed_attempts, ..
        } => failed_attempts,
        other => panic!("locked, got {other:?}"),
    }
}

fn cases(vault: &Vault) -> usize {
    vault.list_cases().expect("list").len()
}

#[test]
fn an_edited_header_is_damage_never_a_wrong_pin_and_never_an_erase() {
    type Edit = fn(&mut Value);
    let edits: &[(&str, Edit)] = &[
        ("failed_attempts = max (a bit flip)", |j| {
            j["failed_attempts"] = j["max_attempts"].clone();
        }),
        ("failed_attempts lowered", |j| {
            j["failed_attempts"] = 1.into()
        }),
        ("started_attempts lowered", |j| {
            j["started_attempts"] = 0.into()
        }),
        ("max_attempts raised", |j| j["max_attempts"] = 20.into()),
        ("delay removed", |j| j["delay"] = Value::Null),
        ("one hex digit of the salt", |j| {
            let salt = j["salt"].as_str().expect("salt").to_owned();
            let flipped = if salt.starts_with('0') { "1" } else { "0" };
            j["salt"] = format!("{flipped}{}", &salt[1..]).into();
        }),
        ("KDF memory raised", |j| j["kdf"]["m_kib"] = 65_536.into()),
        ("database generation raised", |j| {
            j["db_generation"] = 99.into()
        }),
        ("generation raised", |j| {
            j["generation"] = (j["generation"].as_u64().expect("gen") + 10).into();
        }),
    ];
    for (what, edit) in edits {
        let s = setup();
        let mut vault = s.with_case();
        vault.unlock(PIN).expect("unlock");
        vault.lock();
        // Wrong PINs first, so that counts and a waiting time are stored.
        s.fail(&mut vault, 5);
        drop(vault);
        let before = files(&s.dir);
        edit_both_slots(&s.dir, edit);
        let edited = files(&s.dir);
        let mut vault = s.open();
        for attempt in 0..12 {
            s.clock.advance(Duration::hours(2));
            let result = vault.unlock(PIN);
            assert!(
                matches!(
                    result,
                    Err(VaultError::Corrupt {
                        part: VaultPart::Header
                    })
                ),
                "{what}, attempt {attempt}: {result:?}"
            );
        }
        assert_eq!(
            vault.status(),
            VaultStatus::Corrupt {
                part: VaultPart::Header
            },
            "{what}"
        );
        assert_eq!(files(&s.dir), edited, "{what}: files kept byte-identical");
        // Put back, the vault opens with everything in it.
        drop(vault);
        for (name, bytes) in &before {
            std::fs::write(s.dir.join(name), bytes).expect("restore");
        }
        let mut vault = s.open();
        vault
            .unlock(PIN)
            .unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(cases(&vault), 1, "{what}");
    }
}

#[test]
fn restoring_older_files_does_not_lower_the_count() {
    let s = setup();
    let mut vault = s.with_case();
    let copy = s.tmp.path().join("copy");
    copy_dir(&s.dir, &copy);
    s.fail(&mut vault, 9);
    drop(vault);
    // Everything in the vault directory put back as it was at 0 failures.
    std::fs::remove_dir_all(&s.dir).expect("rm");
    copy_dir(&copy, &s.dir);
    let mut vault = s.open();
    assert!(
        matches!(
            vault.status(),
            VaultStatus::Locked {
                failed_attempts: 9,
                max_attempts: 10,
                ..
            }
        ),
        "{:?}",
        vault.status()
    );
    // The tenth wrong PIN really checked is the last.
    assert!(matches!(s.fail(&mut vault, 1), VaultError::Wiped));
    assert_eq!(vault.status(), VaultStatus::NotCreated);
}

#[test]
fn a_count_at_the_limit_leads_to_one_more_real_check() {
    // The platform says 10 (the limit) while the header says 9: a check cut short at
    // the last attempt. The right PIN still opens; only a checked wrong PIN erases.
    let s = setup();
    let mut vault = s.with_case();
    s.fail(&mut vault, 9);
    drop(vault);
    s.keys
        .store_attempt_count(testing::count_for_platform(10))
        .expect("count");
    let mut vault = s.open();
    s.clock.advance(Duration::hours(2));
    vault.unlock(PIN).expect("the right PIN opens");
    assert_eq!(cases(&vault), 1);
}

#[test]
fn retention_never_purges_on_a_doubtful_clock() {
    let s = setup();
    drop(s.with_case());
    let mut vault = s.open();
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::Nothing
    );
    vault.lock();
    // The phone stays on: the boot clock tells a clock set forward from time passing.
    let jumps = [
        (Duration::days(-1), RetentionCheck::Nothing),
        (Duration::days(1), RetentionCheck::Nothing),
        (
            Duration::days(3650),
            RetentionCheck::AskFirst {
                count: 1,
                doubt: ClockDoubt::SetForward,
            },
        ),
        (Duration::days(-3650), RetentionCheck::Nothing),
    ];
    let start = s.clock.now();
    for (jump, expected) in jumps {
        s.clock.set(start + jump);
        vault.unlock(PIN).expect("unlock");
        assert_eq!(
            vault.apply_retention().expect("retention"),
            expected,
            "{jump}"
        );
        assert_eq!(cases(&vault), 1, "{jump}: nothing purged");
        vault.lock();
    }
    // Neither doubtful clock was recorded as seen: 99 days after the last trusted time
    // the case has expired, and the user is asked (after a reboot the boot clock
    // cannot vouch: a gap this long is doubted as before).
    s.clock.set(start + Duration::days(100));
    s.clock.reboot();
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::AskFirst {
            count: 1,
            doubt: ClockDoubt::FarAhead
        }
    );
    // The user agrees: purged, and the clock is trusted from now on.
    assert_eq!(vault.purge_expired().expect("purge"), 1);
    assert_eq!(cases(&vault), 0);
    vault.lock();
    s.clock.set(start + Duration::days(99));
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::Nothing,
        "a day behind the confirmed time: nothing to purge, nothing recorded"
    );
}

#[test]
fn retention_purges_with_a_clock_that_moved_plausibly() {
    let s = setup();
    drop(s.with_case());
    let mut vault = s.open();
    // Used every week for 13 weeks: the case expires after 90 days and is purged.
    let mut purged = 0;
    for _ in 0..14 {
        s.clock.advance(Duration::days(7));
        vault.unlock(PIN).expect("unlock");
        match vault.apply_retention().expect("retention") {
            RetentionCheck::Purged { count } => purged += count,
            RetentionCheck::Nothing => {}
            other => panic!("{other:?}"),
        }
        vault.lock();
    }
    assert_eq!(purged, 1);
}

#[test]
fn a_waiting_time_is_not_lifted_by_setting_the_clock_forward() {
    let s = setup();
    let mut vault = s.with_case();
    s.fail(&mut vault, 4);
    // 4 failures: 30 seconds to wait.
    assert!(matches!(vault.unlock(PIN), Err(VaultError::TooSoon { .. })));
    s.clock.jump(Duration::days(1));
    assert!(
        matches!(vault.unlock(PIN), Err(VaultError::TooSoon { .. })),
        "the phone stayed on: the boot clock still says 30 seconds"
    );
    drop(vault);
    let mut vault = s.open();
    vault.refresh().expect("refresh");
    assert!(
        matches!(
            vault.status(),
            VaultStatus::Locked {
                retry_at: Some(_),
                ..
            }
        ),
        "also after the app restarts"
    );
    assert!(matches!(vault.unlock(PIN), Err(VaultError::TooSoon { .. })));
    s.clock.advance(Duration::seconds(31));
    vault.unlock(PIN).expect("after the real wait");
}

#[test]
fn a_clock_wrong_during_failures_then_corrected_never_locks_out_for_years() {
    let s = setup();
    let mut vault = s.with_case();
    s.clock.jump(Duration::days(3650));
    s.fail(&mut vault, 9);
    s.clock.jump(Duration::days(-3650));
    let same_boot = vault.status();
    drop(vault);
    s.clock.reboot();
    let mut rebooted = s.open();
    rebooted.refresh().expect("refresh");
    for (what, status) in [
        ("same boot", same_boot),
        ("after a reboot", rebooted.status()),
    ] {
        let VaultStatus::Locked {
            retry_at: Some(at), ..
        } = status
        else {
            panic!("{what}: {status:?}");
        };
        assert!(at <= s.clock.now() + Duration::hours(1), "{what}: {at}");
    }
}

#[test]
fn a_missing_database_next_to_its_header_is_damage_not_a_new_vault() {
    let s = setup();
    drop(s.with_case());
    std::fs::remove_file(s.dir.join("vault.db")).expect("rm");
    let before = files(&s.dir);
    let mut vault = s.open();
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::Corrupt {
            part: VaultPart::MissingDatabase
        })
    ));
    assert_eq!(
        vault.status(),
        VaultStatus::Corrupt {
            part: VaultPart::MissingDatabase
        }
    );
    assert_eq!(files(&s.dir), before, "no empty database was created");
}

#[test]
fn an_older_copy_of_the_database_is_refused_untouched() {
    let s = setup();
    drop(s.with_case());
    let older = std::fs::read(s.dir.join("vault.db")).expect("db");
    let mut vault = s.open();
    vault.unlock(PIN).expect("unlock");
    let case = Case::new(CaseLabel::new("gezin C.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    vault.lock();
    drop(vault);
    std::fs::write(s.dir.join("vault.db"), &older).expect("roll back");
    let before = files(&s.dir);
    let mut vault = s.open();
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::Corrupt {
            part: VaultPart::OlderDatabase
        })
    ));
    let after = files(&s.dir);
    assert_eq!(after.get("vault.db"), before.get("vault.db"));
    assert!(!after.contains_key("vault.db-wal") || after["vault.db-wal"].is_empty());
}

/// The vault directory as a SIGKILL would leave it: copied while the vault is open.
fn unclean_copy(s: &Setup, vault: &Vault) -> PathBuf {
    assert_eq!(vault.status(), VaultStatus::Unlocked);
    let copy = s.tmp.path().join("unclean");
    copy_dir(&s.dir, &copy);
    copy
}

#[test]
fn a_damaged_log_after_an_unclean_shutdown_is_kept_and_said() {
    let s = setup();
    drop(s.with_case());
    let mut vault = s.open();
    vault.unlock(PIN).expect("unlock");
    for n in 0..3 {
        let case = Case::new(
            CaseLabel::new(&format!("gezin {n}")).expect("label"),
            s.clock.now(),
        );
        vault.save_case(&case).expect("save");
    }
    let copy = unclean_copy(&s, &vault);
    drop(vault);
    // Intact: SQLite replays everything, nothing is said.
    let clean = s.tmp.path().join("clean");
    copy_dir(&copy, &clean);
    let mut intact = Vault::open(&clean, s.keys.clone(), s.clock.clone()).expect("open");
    let report = intact.unlock(PIN).expect("unlock");
    assert!(!report.log_damaged);
    assert_eq!(report.kept_log, None);
    assert_eq!(cases(&intact), 4);
    // One bit flipped in the first frame: SQLite would drop every commit behind it.
    let wal_path = copy.join("vault.db-wal");
    let mut wal = std::fs::read(&wal_path).expect("wal");
    assert!(wal.len() > 32 + 24 + 4096, "the copy has frames");
    wal[32 + 24 + 100] ^= 0x01;
    std::fs::write(&wal_path, &wal).expect("damage");
    let mut damaged = Vault::open(&copy, s.keys.clone(), s.clock.clone()).expect("open");
    // Whatever SQLite could replay, the vault opens (at its last checkpoint if need
    // be), says so and keeps the log: never locked for good.
    let report = damaged.unlock(PIN).expect("opens");
    assert!(report.log_damaged, "said");
    let kept = report.kept_log.expect("kept");
    assert_eq!(std::fs::read(copy.join(kept)).expect("kept"), wal);
    assert!(cases(&damaged) >= 1, "the case of the last checkpoint");
}

#[test]
fn a_log_gone_after_an_unclean_shutdown_opens_the_last_checkpoint_and_says_so() {
    let s = setup();
    drop(s.with_case());
    let mut vault = s.open();
    vault.unlock(PIN).expect("unlock");
    let case = Case::new(CaseLabel::new("gezin C.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    let copy = unclean_copy(&s, &vault);
    drop(vault);
    std::fs::remove_file(copy.join("vault.db-wal")).expect("rm");
    let mut vault = Vault::open(&copy, s.keys.clone(), s.clock.clone()).expect("open");
    let report = vault.unlock(PIN).expect("opens");
    assert!(report.log_damaged && report.log_set_aside, "{report:?}");
    assert_eq!(report.kept_log, None, "no log left to keep");
    assert!(report.newest_change.is_some());
    assert_eq!(
        cases(&vault),
        1,
        "the case of the last checkpoint; the user is told"
    );
}

#[test]
fn deleting_truncates_the_log() {
    let s = setup();
    drop(s.with_case());
    let mut vault = s.open();
    vault.unlock(PIN).expect("unlock");
    let case = vault.list_cases().expect("list")[0].id;
    let note = vault.list_notes(case).expect("notes")[0].id;
    vault
        .add_note(case, "Nog een notitie met tekst.")
        .expect("note");
    vault.delete_note(note).expect("delete");
    let wal = std::fs::metadata(s.dir.join("vault.db-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "no deleted text left in log frames");
    vault.delete_case(case).expect("delete");
    let wal = std::fs::metadata(s.dir.join("vault.db-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0);
}

#[cfg(unix)]
#[test]
fn vault_files_are_private_to_the_app() {
    use std::os::unix::fs::PermissionsExt;
    let s = setup();
    let mut vault = s.with_case();
    vault.unlock(PIN).expect("unlock");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&s.dir), 0o700);
    for name in files(&s.dir).keys() {
        assert_eq!(mode(&s.dir.join(name)), 0o600, "{name}");
    }
    assert_eq!(
        mode(&s.tmp.path().join("keys")),
        0o700,
        "the key folder too"
    );
    for entry in std::fs::read_dir(s.tmp.path().join("keys")).expect("keys") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

/// A vault whose cases expire after `days`, with one case, locked.
fn with_retention(s: &Setup, days: u16) -> Vault {
    let mut vault = s.with_case();
    vault.unlock(PIN).expect("unlock");
    let mut settings = vault.settings().expect("settings");
    settings.retention_days = days;
    vault.save_settings(&settings).expect("settings");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::Nothing
    );
    vault.lock();
    vault
}

#[test]
fn a_clock_set_forward_while_the_phone_stays_on_asks_before_purging() {
    // A case 29.5 days old with 30 days' retention, then the wall clock a day ahead;
    // and a case a day old with the wall clock 30 days ahead. The phone stayed on:
    // the boot clock says hardly any time passed.
    for (age, jump) in [
        (Duration::hours(29 * 24 + 12), Duration::days(1)),
        (Duration::days(1), Duration::days(30)),
    ] {
        let s = setup();
        let mut vault = with_retention(&s, 30);
        s.clock.advance(age);
        vault.unlock(PIN).expect("unlock");
        assert_eq!(
            vault.apply_retention().expect("retention"),
            RetentionCheck::Nothing
        );
        vault.lock();
        s.clock.advance(Duration::minutes(5));
        s.clock.jump(jump);
        vault.unlock(PIN).expect("unlock");
        assert_eq!(
            vault.apply_retention().expect("retention"),
            RetentionCheck::AskFirst {
                count: 1,
                doubt: ClockDoubt::SetForward
            },
            "{age} old, clock {jump} ahead"
        );
        assert_eq!(cases(&vault), 1, "nothing purged unasked");
    }
}

#[test]
fn time_that_really_passed_still_purges_and_a_reboot_keeps_the_old_rule() {
    // 90 days by both clocks, the phone on all along: purged, and said.
    let s = setup();
    let mut vault = with_retention(&s, 30);
    s.clock.advance(Duration::days(90));
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::Purged { count: 1 }
    );
    assert_eq!(cases(&vault), 0);
    // After a reboot the boot clock cannot vouch: a gap longer than the app plausibly
    // goes unopened asks first, a shorter one purges.
    for (gap, expected) in [
        (
            Duration::days(40),
            RetentionCheck::AskFirst {
                count: 1,
                doubt: ClockDoubt::FarAhead,
            },
        ),
        (Duration::days(31), RetentionCheck::Purged { count: 1 }),
    ] {
        let s = setup();
        let mut vault = with_retention(&s, 30);
        s.clock.advance(gap);
        s.clock.reboot();
        vault.unlock(PIN).expect("unlock");
        assert_eq!(
            vault.apply_retention().expect("retention"),
            expected,
            "{gap}"
        );
    }
}

/// The header slot holding the newest copy.
fn newest_slot(dir: &Path) -> PathBuf {
    let generation = |slot: &str| -> u64 {
        std::fs::read(dir.join(slot))
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .and_then(|j| j["generation"].as_u64())
            .unwrap_or(0)
    };
    let [a, b] = testing::header_slots();
    dir.join(if generation(a) >= generation(b) { a } else { b })
}

#[test]
fn an_unchecked_slot_is_neither_shown_nor_enforced_and_is_restored_once() {
    let s = setup();
    drop(s.with_case());
    // Nine wrong PINs and an hour to wait, written into the newest slot by hand: its
    // MAC no longer holds.
    let slot = newest_slot(&s.dir);
    let mut json: Value =
        serde_json::from_slice(&std::fs::read(&slot).expect("slot")).expect("json");
    json["failed_attempts"] = 9.into();
    json["started_attempts"] = 9.into();
    json["delay"] = serde_json::json!({
        "secs": 3600,
        "set_at_ns": s.clock.now().timestamp_nanos_opt().expect("ns"),
        "set_since_boot_ms": 86_400_000u64,
    });
    let edited = serde_json::to_vec_pretty(&json).expect("json");
    std::fs::write(&slot, &edited).expect("edit");

    for start in 0..2 {
        let mut vault = s.open();
        let unchecked = VaultStatus::Locked {
            failed_attempts: 0,
            max_attempts: 10,
            retry_at: None,
        };
        assert_eq!(
            vault.status(),
            unchecked,
            "start {start}: nothing unchecked shown"
        );
        vault.refresh().expect("refresh");
        assert_eq!(
            vault.status(),
            unchecked,
            "start {start}: the authentic copy's"
        );
        let said: Vec<_> = std::iter::from_fn(|| vault.take_finding()).collect();
        if start == 0 {
            assert_eq!(said, [Finding::HeaderCopyRestored], "said once");
            assert_ne!(std::fs::read(&slot).expect("slot"), edited, "rewritten");
        } else {
            assert_eq!(said, [], "restored: nothing more to say");
        }
        vault.unlock(PIN).expect("the right PIN opens at once");
        assert_eq!(cases(&vault), 1);
    }
}

#[test]
fn an_unreadable_platform_count_is_like_a_missing_one_said_once_and_written_again() {
    let s = setup();
    let mut vault = s.with_case();
    s.fail(&mut vault, 2);
    drop(vault);
    let count_file = s.tmp.path().join("keys/attempts-NOT-FOR-PHONES.txt");
    let platform = || {
        let held = std::fs::read_to_string(&count_file).expect("count");
        testing::count_from_platform(held.parse().expect("a number"))
    };
    assert_eq!(platform(), Some(2));
    std::fs::write(&count_file, b"\x00\xff2").expect("damage");
    let mut vault = s.open();
    assert_eq!(vault.take_finding(), Some(Finding::PlatformCountUnreadable));
    assert_eq!(vault.take_finding(), None);
    assert_eq!(
        shown_count(&mut vault),
        2,
        "the header's authenticated count stands"
    );
    s.clock.advance(Duration::hours(2));
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 7 })
    ));
    assert_eq!(platform(), Some(3), "written again");
    assert_eq!(vault.take_finding(), None, "said once");
    // Damaged again: the right PIN still opens, and resets both counts.
    std::fs::write(&count_file, b"zeven").expect("damage");
    s.clock.advance(Duration::hours(2));
    vault.unlock(PIN).expect("the right PIN opens");
    assert_eq!(platform(), Some(0));
    assert_eq!(cases(&vault), 1);
}

#[test]
fn a_stray_new_database_is_left_alone_when_the_database_is_missing() {
    let s = setup();
    let other = setup();
    drop(other.with_case());
    let foreign = std::fs::read(other.dir.join("vault.db")).expect("db");
    // Our own database under the temporary name, and another vault's.
    for (what, stray) in [("ours", None), ("another vault's", Some(foreign))] {
        let s = setup();
        let mut vault = s.with_case();
        vault.unlock(PIN).expect("unlock");
        vault.lock();
        drop(vault);
        let db = s.dir.join("vault.db");
        match &stray {
            None => std::fs::rename(&db, s.dir.join("vault.db.new")).expect("mv"),
            Some(bytes) => {
                std::fs::remove_file(&db).expect("rm");
                std::fs::write(s.dir.join("vault.db.new"), bytes).expect("stray");
            }
        }
        let before = files(&s.dir);
        let mut vault = s.open();
        assert!(
            matches!(
                vault.unlock(PIN),
                Err(VaultError::Corrupt {
                    part: VaultPart::MissingDatabase
                })
            ),
            "{what}"
        );
        let after = files(&s.dir);
        assert_eq!(
            after.get("vault.db.new"),
            before.get("vault.db.new"),
            "{what}"
        );
        assert!(!after.contains_key("vault.db"), "{what}: not adopted");
    }
    drop(s);
}

/// Another vault's log (and index) put next to ours after our last checkpoint.
fn foreign_log(ours: &Setup, with_index: bool) -> Vec<u8> {
    let other = setup();
    drop(other.with_case());
    let mut theirs = other.open();
    theirs.unlock(PIN).expect("unlock");
    let case = Case::new(CaseLabel::new("ander").expect("label"), other.clock.now());
    theirs.save_case(&case).expect("save");
    let wal = std::fs::read(other.dir.join("vault.db-wal")).expect("their log");
    std::fs::write(ours.dir.join("vault.db-wal"), &wal).expect("log");
    if with_index {
        let shm = std::fs::read(other.dir.join("vault.db-shm")).expect("their index");
        std::fs::write(ours.dir.join("vault.db-shm"), shm).expect("index");
    }
    wal
}

#[test]
fn a_foreign_log_after_a_checkpoint_is_set_aside_and_the_vault_opens() {
    for with_index in [false, true] {
        let s = setup();
        let mut vault = s.with_case();
        vault.unlock(PIN).expect("unlock");
        let newest = vault.list_cases().expect("list")[0].updated_at;
        vault.lock();
        drop(vault);
        assert!(
            !s.dir.join("vault.db-wal").exists(),
            "checkpointed at the lock"
        );
        let wal = foreign_log(&s, with_index);
        let mut vault = s.open();
        let report = vault
            .unlock(PIN)
            .unwrap_or_else(|e| panic!("index {with_index}: {e:?}"));
        assert!(report.log_damaged && report.log_set_aside, "{report:?}");
        assert_eq!(report.newest_change, Some(newest));
        let kept = report.kept_log.expect("kept");
        assert_eq!(std::fs::read(s.dir.join(kept)).expect("kept"), wal);
        assert_eq!(cases(&vault), 1, "ours, whole");
        vault.check_integrity().expect("whole");
        // The next start is an ordinary one.
        vault.lock();
        drop(vault);
        let mut vault = s.open();
        let report = vault.unlock(PIN).expect("unlock");
        assert!(!report.log_damaged, "{report:?}");
    }
}

#[test]
fn a_log_set_aside_in_vain_is_put_back_and_the_damage_said() {
    let s = setup();
    drop(s.with_case());
    let wal = foreign_log(&s, false);
    let db = s.dir.join("vault.db");
    let mut bytes = std::fs::read(&db).expect("db");
    for b in &mut bytes[2000..2100] {
        *b ^= 0x5a;
    }
    std::fs::write(&db, &bytes).expect("damage");
    let mut vault = s.open();
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::Corrupt {
            part: VaultPart::Database
        })
    ));
    assert_eq!(std::fs::read(s.dir.join("vault.db-wal")).expect("log"), wal);
    assert_eq!(std::fs::read(&db).expect("db"), bytes);
}

#[test]
fn a_platform_count_damaged_into_another_number_counts_for_nothing() {
    let s = setup();
    drop(s.with_case());
    // A digit changed at rest: still a number, no longer the count the vault wrote
    // (found by the state-machine test: "0" read back as "4" cost four attempts).
    let count_file = s.tmp.path().join("keys/attempts-NOT-FOR-PHONES.txt");
    let mut digits = std::fs::read(&count_file).expect("count");
    let middle = digits.len() / 2;
    digits[middle] = b'0' + (digits[middle] - b'0' + 1) % 10;
    std::fs::write(&count_file, &digits).expect("damage");
    let mut vault = s.open();
    s.clock.advance(Duration::hours(2));
    assert!(
        matches!(
            vault.unlock(WRONG),
            Err(VaultError::WrongPin { attempts_left: 9 })
        ),
        "one wrong PIN counts as one"
    );
    assert_eq!(vault.take_finding(), Some(Finding::PlatformCountUnreadable));
    s.clock.advance(Duration::hours(2));
    vault.unlock(PIN).expect("opens");
}

#[test]
fn after_a_right_pin_losing_the_newest_header_slot_costs_no_attempt() {
    // Three wrong PINs, then the right one. The other slot still held the count from
    // before the right PIN (found by the state-machine test).
    let s = setup();
    let mut vault = s.with_case();
    s.fail(&mut vault, 3);
    s.clock.advance(Duration::hours(2));
    vault.unlock(PIN).expect("unlock");
    vault.lock();
    drop(vault);
    std::fs::remove_file(newest_slot(&s.dir)).expect("lose the newest slot");
    let mut vault = s.open();
    assert_eq!(shown_count(&mut vault), 0);
    assert!(matches!(
        vault.unlock(WRONG),
        Err(VaultError::WrongPin { attempts_left: 9 })
    ));
}

#[test]
fn a_slot_restored_from_the_older_copy_keeps_the_platforms_larger_count() {
    let s = setup();
    let mut vault = s.with_case();
    s.fail(&mut vault, 1);
    drop(vault);
    // The newest slot (count 1) damaged: the older one (count 0) is restored, with the
    // platform's 1; then the platform's count is lost too.
    let slot = newest_slot(&s.dir);
    let bytes = std::fs::read(&slot).expect("slot");
    std::fs::write(&slot, &bytes[..bytes.len() / 2]).expect("damage");
    let mut vault = s.open();
    vault.refresh().expect("refresh");
    assert_eq!(vault.take_finding(), Some(Finding::HeaderCopyRestored));
    drop(vault);
    std::fs::remove_file(s.tmp.path().join("keys/attempts-NOT-FOR-PHONES.txt")).expect("rm");
    let mut vault = s.open();
    assert_eq!(shown_count(&mut vault), 1, "never lowered by the repair");
}

#[test]
fn a_clock_set_before_the_first_retention_check_asks_first() {
    let s = setup();
    let mut vault = s.open();
    vault.create(PIN).expect("create");
    let settings = VaultSettings {
        retention_days: 30,
        ..VaultSettings::default()
    };
    vault.save_settings(&settings).expect("settings");
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), s.clock.now());
    vault.save_case(&case).expect("save");
    vault.lock();
    // No unlock (and so no retention check) yet when the clock is set 23 days ahead.
    s.clock.jump(Duration::days(23));
    s.clock.advance(Duration::days(7) + Duration::hours(2));
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::AskFirst {
            count: 1,
            doubt: ClockDoubt::SetForward
        }
    );
}

/// The software key wrapper, failing as a locked keystore does while `failing`, and
/// counting its unwraps.
struct FlakyKeys {
    real: Arc<SoftwareKeyWrapper>,
    failing: std::sync::atomic::AtomicBool,
    unwraps: std::sync::atomic::AtomicUsize,
}

impl KeyWrapper for FlakyKeys {
    fn wrap(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        self.real.wrap(plaintext)
    }
    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        use std::sync::atomic::Ordering;
        self.unwraps.fetch_add(1, Ordering::SeqCst);
        if self.failing.load(Ordering::SeqCst) {
            return Err(KeyWrapperError::Failed {
                reason: "the device is locked".into(),
            });
        }
        self.real.unwrap(wrapped)
    }
    fn destroy(&self) -> Result<(), KeyWrapperError> {
        self.real.destroy()
    }
    fn attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
        self.real.attempt_count()
    }
    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError> {
        self.real.store_attempt_count(count)
    }
}

#[test]
fn a_platform_key_that_fails_is_asked_once_by_the_pad_and_again_by_each_unlock() {
    use std::sync::atomic::Ordering;
    let s = setup();
    drop(s.with_case());
    let keys = Arc::new(FlakyKeys {
        real: s.keys.clone(),
        failing: true.into(),
        unwraps: 0.into(),
    });
    let mut vault = Vault::open(&s.dir, keys.clone(), s.clock.clone()).expect("open");
    for _ in 0..6 {
        vault.refresh().expect("refresh");
    }
    assert_eq!(
        keys.unwraps.load(Ordering::SeqCst),
        1,
        "once, not per key typed"
    );
    assert!(matches!(
        vault.unlock(PIN),
        Err(VaultError::KeyUnavailable(KeyWrapperError::Failed { .. }))
    ));
    assert_eq!(
        keys.unwraps.load(Ordering::SeqCst),
        2,
        "the unlock asks again"
    );
    keys.failing.store(false, Ordering::SeqCst);
    vault.unlock(PIN).expect("once the keystore answers");
    assert_eq!(cases(&vault), 1);
}

//! What the vault leaves on disk: no plaintext, no trace of deleted text, and nothing
//! touched by a wrong PIN.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use signalenkaart_core::casework::{Case, CaseLabel};
use signalenkaart_core::vault::{SoftwareKeyWrapper, Vault, VaultError, VaultStatus, testing};
use signalenkaart_core::{Clock, ManualClock};

const PIN: &str = "480271";

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
            .single()
            .expect("time"),
    ))
}

/// Every file in `dir` with its bytes.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("dir")
        .map(|entry| {
            let entry = entry.expect("entry");
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).expect("read"),
            )
        })
        .collect()
}

fn files_containing(dir: &Path, needle: &str) -> Vec<String> {
    let needle = needle.as_bytes();
    files_in(dir)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle))
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn canary_is_in_no_file_the_vault_wrote() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("vault");
    let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
    let clock = clock();
    let mut vault = Vault::open(&dir, keys.clone(), clock.clone()).expect("open");
    vault.create(PIN).expect("create");

    let canary = "kanarie7319";
    let case = Case::new(
        CaseLabel::new(&format!("gezin {canary}")).expect("label"),
        clock.now(),
    );
    vault.save_case(&case).expect("save");
    for i in 0..50 {
        vault
            .add_note(case.id, &format!("notitie {i}: {canary} bij de voordeur"))
            .expect("note");
    }
    let check = |moment: &str| {
        let names = files_in(&dir).into_keys().collect::<Vec<_>>();
        assert!(names.iter().any(|n| n == "vault.db"), "{names:?}");
        for needle in [canary, &canary.to_uppercase(), "voordeur", "gezin"] {
            assert_eq!(
                files_containing(&dir, needle),
                Vec::<String>::new(),
                "{moment}"
            );
        }
        let db = std::fs::read(dir.join("vault.db")).expect("db");
        assert!(!db.starts_with(b"SQLite format 3\0"), "{moment}");
    };
    assert!(dir.join("vault.db-wal").exists(), "writes are in the WAL");
    check("before checkpoint");
    vault.purge_expired().expect("checkpoint");
    check("after checkpoint");
    vault.lock();
    check("after lock");
    vault.unlock(PIN).expect("unlock");
    assert_eq!(vault.search_notes(canary).expect("search").len(), 50);
}

#[test]
fn wrong_pin_leaves_files_untouched() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("vault");
    let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
    let clock = clock();
    let mut writer = Vault::open(&dir, keys.clone(), clock.clone()).expect("open");
    writer.create(PIN).expect("create");
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    writer.save_case(&case).expect("save");
    writer.add_note(case.id, "in de WAL").expect("note");

    let database_files = |dir: &Path| {
        let mut files = files_in(dir);
        files.retain(|name, _| name.starts_with("vault.db"));
        files
    };
    // Another window on the same files while the vault is open: refused outright.
    let before = database_files(&dir);
    assert!(before.contains_key("vault.db-wal"), "{:?}", before.keys());
    let mut other = Vault::open(&dir, keys.clone(), clock.clone()).expect("open");
    assert_eq!(other.status(), VaultStatus::InUse);
    assert!(matches!(other.unlock("739104"), Err(VaultError::InUse)));
    assert!(matches!(other.unlock(PIN), Err(VaultError::InUse)));
    assert!(matches!(other.wipe(), Err(VaultError::InUse)));
    assert_eq!(database_files(&dir), before);
    drop(other);

    // The files as a killed app leaves them, log and index beside the database.
    let unclean = tmp.path().join("unclean");
    std::fs::create_dir(&unclean).expect("mkdir");
    for (name, bytes) in files_in(&dir) {
        std::fs::write(unclean.join(name), bytes).expect("copy");
    }
    let mut copy = Vault::open(&unclean, keys.clone(), clock.clone()).expect("open");
    let before = database_files(&unclean);
    assert!(matches!(
        copy.unlock("739104"),
        Err(VaultError::WrongPin { attempts_left: 9 })
    ));
    assert_eq!(database_files(&unclean), before);
    drop(copy);

    // And with the database closed.
    writer.lock();
    drop(writer);
    let mut other = Vault::open(&dir, keys.clone(), clock.clone()).expect("open");
    let before = database_files(&dir);
    assert!(matches!(
        other.unlock("739104"),
        Err(VaultError::WrongPin { attempts_left: 8 })
    ));
    assert_eq!(database_files(&dir), before);
    other.unlock(PIN).expect("right pin");
    assert_eq!(other.list_notes(case.id).expect("notes").len(), 1);
}

/// Runs on an UNENCRYPTED vault database, so that the test can see plaintext: it
/// checks that secure delete, FTS5 secure-delete and the truncating checkpoint leave
/// nothing of deleted text, which encryption alone would merely hide.
#[test]
fn deleted_notes_leave_no_trace_after_purge() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("plain");
    let clock = clock();
    let mut vault = testing::open_unencrypted(&dir, clock.clone()).expect("open");
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    let gone = Case::new(
        CaseLabel::new("labelkanarie5120").expect("label"),
        clock.now(),
    );
    vault.save_case(&case).expect("save");
    vault.save_case(&gone).expect("save");
    let deleted = vault
        .add_note(case.id, "verwijderkanarie4471 staat hier")
        .expect("note");
    let edited = vault
        .add_note(case.id, "oudetekstkanarie9034 wordt vervangen")
        .expect("note");
    vault
        .add_note(gone.id, "zaakkanarie2288 weg met de zaak")
        .expect("note");
    for i in 0..200 {
        vault
            .add_note(
                case.id,
                &format!("blijvende notitie nummer {i} over school"),
            )
            .expect("note");
    }
    let canaries = [
        "verwijderkanarie4471",
        "oudetekstkanarie9034",
        "zaakkanarie2288",
        "labelkanarie5120",
    ];
    // Control: in a plain database the canaries are visible to this test.
    vault.purge_expired().expect("checkpoint");
    for canary in canaries {
        assert_ne!(
            files_containing(&dir, canary),
            Vec::<String>::new(),
            "{canary}"
        );
    }

    vault.delete_note(deleted).expect("delete");
    vault.update_note(edited, "nieuwe tekst").expect("edit");
    vault.delete_case(gone.id).expect("delete case");
    vault.purge_expired().expect("purge");
    for canary in canaries {
        assert_eq!(
            files_containing(&dir, canary),
            Vec::<String>::new(),
            "{canary}"
        );
    }
    assert!(vault.search_notes("kanarie").expect("search").is_empty());
    assert_eq!(vault.search_notes("school").expect("search").len(), 100);
    vault.check_integrity().expect("integrity");
}

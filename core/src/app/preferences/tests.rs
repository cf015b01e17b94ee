//! The preferences file: read, written, damaged, and what each case starts with.

use super::*;

fn coordinator() -> OwnCoordinator {
    let number = PhoneNumber::parse("030-2345678").expect("a Dutch number");
    let set_on = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    OwnCoordinator::new("Zorgcoördinator regio Utrecht", &number, set_on)
}

fn saved(prefs: &Preferences) -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temp dir");
    prefs.save(dir.path()).expect("saves");
    let bytes = std::fs::read(Preferences::path(dir.path())).expect("written");
    (dir, bytes)
}

#[test]
fn the_checksum_is_crc32() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn saved_preferences_read_back_as_saved() {
    let prefs = Preferences {
        language: Language::En,
        discreet: true,
        auto_lock_minutes: 15,
        coordinator: CoordinatorChoice::Own(coordinator()),
    };
    let (dir, _) = saved(&prefs);
    assert_eq!(
        Preferences::load(dir.path(), Language::Nl, true),
        (prefs, false)
    );
}

#[test]
fn no_file_is_the_first_run_in_the_device_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (prefs, damaged) = Preferences::load(dir.path(), Language::En, true);
    assert!(!damaged);
    assert_eq!(
        prefs,
        Preferences {
            language: Language::En,
            ..Preferences::default()
        }
    );
}

#[test]
fn no_file_next_to_a_vault_is_damage() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (prefs, damaged) = Preferences::load(dir.path(), Language::En, false);
    assert!(damaged);
    assert_eq!(prefs, Preferences::fail_safe(Language::En));
    assert!(prefs.discreet);
}

#[test]
fn every_flipped_bit_is_damage() {
    let prefs = Preferences {
        language: Language::Nl,
        discreet: false,
        auto_lock_minutes: 5,
        coordinator: CoordinatorChoice::Own(coordinator()),
    };
    let (dir, bytes) = saved(&prefs);
    let path = Preferences::path(dir.path());
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        std::fs::write(&path, &flipped).expect("write");
        let (read, damaged) = Preferences::load(dir.path(), Language::En, true);
        assert!(damaged, "bit {bit} flipped went unnoticed");
        assert!(read.discreet && read.language == Language::En, "bit {bit}");
        assert_eq!(read.coordinator, CoordinatorChoice::NotAsked, "bit {bit}");
    }
}

#[test]
fn a_valid_checksum_over_a_value_not_offered_is_damage() {
    let prefs = Preferences {
        auto_lock_minutes: 7,
        ..Preferences::default()
    };
    let (dir, _) = saved(&prefs);
    let (read, damaged) = Preferences::load(dir.path(), Language::En, true);
    assert!(damaged);
    assert!(read.discreet);
    assert_eq!(read.auto_lock_minutes, 5);
}

#[test]
fn the_shape_written_before_the_checksum_is_still_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = r#"{"language":"en","discreet":true,"auto_lock_minutes":2,"coordinator":null}"#;
    std::fs::write(Preferences::path(dir.path()), old).expect("write");
    let (read, damaged) = Preferences::load(dir.path(), Language::Nl, true);
    assert!(!damaged);
    assert_eq!(
        read,
        Preferences {
            language: Language::En,
            discreet: true,
            auto_lock_minutes: 2,
            coordinator: CoordinatorChoice::NotAsked,
        }
    );
    // A field missing from it is damage, not a default (discreet off would show
    // the app).
    let missing = r#"{"language":"en","auto_lock_minutes":2,"coordinator":null}"#;
    std::fs::write(Preferences::path(dir.path()), missing).expect("write");
    let (read, damaged) = Preferences::load(dir.path(), Language::Nl, true);
    assert!(damaged && read.discreet);
}

#[test]
fn loading_a_damaged_file_leaves_it_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = Preferences::path(dir.path());
    std::fs::write(&path, b"{\"language\":\"nl\",\"disc").expect("write");
    let (prefs, damaged) = Preferences::load(dir.path(), Language::Nl, true);
    assert!(damaged);
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        b"{\"language\":\"nl\",\"disc"
    );
    prefs.save(dir.path()).expect("saves");
    assert_eq!(
        Preferences::load(dir.path(), Language::En, true),
        (prefs, false)
    );
}

/// A file as the app wrote it before the coordinator was a choice, with its checksum.
fn v1_file(coordinator: Option<OwnCoordinator>) -> Vec<u8> {
    let old = PreferencesV1 {
        language: Language::En,
        discreet: true,
        auto_lock_minutes: 15,
        coordinator,
    };
    let crc32 = crc32(&serde_json::to_vec(&old).expect("json"));
    serde_json::to_vec_pretty(&Stored {
        preferences: old,
        crc32,
    })
    .expect("json")
}

#[test]
fn an_own_coordinator_set_before_the_choice_is_the_users_choice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = Preferences::path(dir.path());
    for (old, expected) in [
        (Some(coordinator()), CoordinatorChoice::Own(coordinator())),
        // Without one, the user was never asked: the question is offered.
        (None, CoordinatorChoice::NotAsked),
    ] {
        std::fs::write(&path, v1_file(old)).expect("write");
        let (read, damaged) = Preferences::load(dir.path(), Language::Nl, false);
        assert!(!damaged, "{expected:?}");
        assert_eq!(read.coordinator, expected);
        assert_eq!(
            (read.language, read.discreet, read.auto_lock_minutes),
            (Language::En, true, 15)
        );
        // Saved again, it is the current shape and reads back the same.
        read.save(dir.path()).expect("saves");
        assert_eq!(
            Preferences::load(dir.path(), Language::Nl, false),
            (read, false)
        );
    }
}

#[test]
fn every_flipped_bit_of_the_old_shape_is_damage_too() {
    let bytes = v1_file(Some(coordinator()));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = Preferences::path(dir.path());
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        std::fs::write(&path, &flipped).expect("write");
        let (read, damaged) = Preferences::load(dir.path(), Language::Nl, true);
        assert!(damaged, "bit {bit} flipped went unnoticed");
        assert_eq!(read.coordinator, CoordinatorChoice::NotAsked, "bit {bit}");
    }
}

#[test]
fn every_choice_reads_back_as_saved() {
    for choice in [
        CoordinatorChoice::NotAsked,
        CoordinatorChoice::Postponed,
        CoordinatorChoice::Card,
        CoordinatorChoice::Own(coordinator()),
    ] {
        let prefs = Preferences {
            coordinator: choice,
            ..Preferences::default()
        };
        let (dir, _) = saved(&prefs);
        assert_eq!(
            Preferences::load(dir.path(), Language::Nl, false),
            (prefs, false)
        );
    }
}

//! Casework, notes, search, settings and retention through the vault.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use signalenkaart_core::casework::{
    Answer, AnswerRecord, Case, CaseLabel, ObservedSignal, StepProgress, StepStatus,
};
use signalenkaart_core::vault::{SoftwareKeyWrapper, Vault, VaultError, VaultSettings};
use signalenkaart_core::{Clock, ManualClock};

const PIN: &str = "480271";

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
        .single()
        .expect("time")
}

fn unlocked() -> (tempfile::TempDir, Vault, Arc<ManualClock>) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let keys = Arc::new(SoftwareKeyWrapper::new(&tmp.path().join("keys")).expect("keys"));
    let clock = Arc::new(ManualClock::new(start()));
    let mut vault = Vault::open(&tmp.path().join("vault"), keys, clock.clone()).expect("open");
    vault.create(PIN).expect("create");
    (tmp, vault, clock)
}

fn reopened(vault: &mut Vault) {
    vault.lock();
    vault.unlock(PIN).expect("unlock");
}

fn full_case(now: DateTime<Utc>) -> Case {
    let mut case = Case::new(CaseLabel::new("gezin B., wijk Noord").expect("label"), now);
    // Sub-second times must survive exactly.
    let at = now + Duration::nanoseconds(123_456_789);
    case.signals.insert(
        "geld".into(),
        // Seen in the morning, ticked in the car at noon.
        ObservedSignal {
            observed_at: at - Duration::hours(3),
            recorded_at: at,
            remark: Some("nieuwe telefoon".into()),
        },
    );
    case.signals.insert(
        "schulden".into(),
        ObservedSignal::ticked_at(at + Duration::seconds(1)),
    );
    case.unticked.insert(
        "verzuim".into(),
        ObservedSignal {
            observed_at: at - Duration::days(3),
            recorded_at: at - Duration::days(2),
            remark: Some("was vergissing".into()),
        },
    );
    case.steps.insert(
        1,
        StepProgress {
            status: StepStatus::Done,
            changed_at: at,
            consulted: BTreeSet::from(["aandachtsfunctionaris".into(), "veilig_thuis".into()]),
            // One consultation with its time, one recorded before the app kept times.
            consulted_at: BTreeMap::from([("veilig_thuis".into(), at - Duration::hours(1))]),
            advice: Some("eerst met de wijkagent overleggen".into()),
        },
    );
    case.steps.insert(
        2,
        StepProgress {
            status: StepStatus::InProgress,
            changed_at: at,
            consulted: BTreeSet::new(),
            consulted_at: BTreeMap::new(),
            advice: None,
        },
    );
    case.answers.insert(
        1,
        AnswerRecord {
            answer: Answer::Yes,
            answered_at: at,
        },
    );
    case.answers.insert(
        2,
        AnswerRecord {
            answer: Answer::No,
            answered_at: at + Duration::minutes(3),
        },
    );
    case
}

#[test]
fn saved_case_loads_back_whole_after_reopening() {
    let (_tmp, mut vault, clock) = unlocked();
    let mut case = full_case(clock.now());
    vault.save_case(&case).expect("save");
    reopened(&mut vault);
    assert_eq!(vault.load_case(case.id).expect("load"), Some(case.clone()));

    // Saving again replaces everything, including what was removed.
    case.signals.remove("geld");
    case.steps.remove(&1);
    case.answers.clear();
    case.relabel(CaseLabel::new("gezin B.").expect("label"), clock.now());
    vault.save_case(&case).expect("save again");
    reopened(&mut vault);
    assert_eq!(vault.load_case(case.id).expect("load"), Some(case));
}

#[test]
fn case_list_is_newest_change_first_with_counts() {
    let (_tmp, mut vault, clock) = unlocked();
    let older = full_case(clock.now());
    clock.advance(Duration::hours(1));
    let newer = Case::new(
        CaseLabel::new("jongen op de hoek").expect("label"),
        clock.now(),
    );
    vault.save_case(&older).expect("save");
    vault.save_case(&newer).expect("save");
    let list = vault.list_cases().expect("list");
    assert_eq!(
        list.iter().map(|c| c.id).collect::<Vec<_>>(),
        [newer.id, older.id]
    );
    assert_eq!((list[1].observed_signals, list[1].notes), (2, 0));

    // A note on the older case makes it the most recent change.
    clock.advance(Duration::hours(1));
    vault.add_note(older.id, "gesprek gehad").expect("note");
    let list = vault.list_cases().expect("list");
    assert_eq!(list[0].id, older.id);
    assert_eq!(list[0].updated_at, clock.now());
    assert_eq!((list[0].observed_signals, list[0].notes), (2, 1));
}

#[test]
fn deleting_a_case_deletes_its_notes() {
    let (_tmp, mut vault, clock) = unlocked();
    let case = full_case(clock.now());
    vault.save_case(&case).expect("save");
    vault.add_note(case.id, "zwaluwstaart").expect("note");
    vault.delete_case(case.id).expect("delete");
    assert_eq!(vault.load_case(case.id).expect("load"), None);
    assert!(vault.list_notes(case.id).expect("notes").is_empty());
    assert!(
        vault
            .search_notes("zwaluwstaart")
            .expect("search")
            .is_empty()
    );
    assert!(matches!(
        vault.delete_case(case.id),
        Err(VaultError::CaseNotFound)
    ));
}

#[test]
fn notes_are_created_edited_deleted_and_listed_newest_first() {
    let (_tmp, mut vault, clock) = unlocked();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    vault.save_case(&case).expect("save");
    let first = vault.add_note(case.id, "  eerste bezoek \n").expect("note");
    clock.advance(Duration::minutes(5));
    let second = vault.add_note(case.id, "tweede bezoek").expect("note");
    clock.advance(Duration::minutes(5));
    vault
        .update_note(first, "eerste bezoek, aangevuld")
        .expect("edit");

    reopened(&mut vault);
    let notes = vault.list_notes(case.id).expect("list");
    assert_eq!(
        notes.iter().map(|n| n.id).collect::<Vec<_>>(),
        [second, first]
    );
    assert_eq!(notes[1].body, "eerste bezoek, aangevuld");
    assert_eq!(notes[1].created_at, start());
    assert_eq!(notes[1].updated_at, clock.now());
    let stored = vault.load_case(case.id).expect("load").expect("case");
    assert_eq!(stored.updated_at, clock.now());

    clock.advance(Duration::minutes(5));
    vault.delete_note(second).expect("delete");
    assert_eq!(vault.list_notes(case.id).expect("list").len(), 1);
    let stored = vault.load_case(case.id).expect("load").expect("case");
    assert_eq!(stored.updated_at, clock.now());
    assert!(matches!(
        vault.delete_note(second),
        Err(VaultError::NoteNotFound)
    ));
    assert!(matches!(
        vault.update_note(second, "x"),
        Err(VaultError::NoteNotFound)
    ));
}

#[test]
fn invalid_notes_are_refused_with_typed_errors() {
    let (_tmp, mut vault, clock) = unlocked();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    vault.save_case(&case).expect("save");
    assert!(matches!(
        vault.add_note(case.id, " \n "),
        Err(VaultError::NoteEmpty)
    ));
    assert!(matches!(
        vault.add_note(case.id, &"x".repeat(20_001)),
        Err(VaultError::NoteTooLong { max: 20_000 })
    ));
    let other = Case::new(
        CaseLabel::new("niet opgeslagen").expect("label"),
        clock.now(),
    );
    assert!(matches!(
        vault.add_note(other.id, "tekst"),
        Err(VaultError::CaseNotFound)
    ));
    assert!(vault.list_notes(case.id).expect("list").is_empty());
}

#[test]
fn search_finds_notes_by_word_prefix_with_case_and_snippet() {
    let (_tmp, mut vault, clock) = unlocked();
    let a = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    let b = Case::new(CaseLabel::new("jongen Z.").expect("label"), clock.now());
    vault.save_case(&a).expect("save");
    vault.save_case(&b).expect("save");
    let hit = vault
        .add_note(
            a.id,
            "Moeder vertelt over geldzorgen en een nieuwe scooter.",
        )
        .expect("note");
    vault
        .add_note(b.id, "Jongen draagt dure kleding, zegt niets.")
        .expect("note");

    let hits = vault.search_notes("GELD").expect("search");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].note_id, hit);
    assert_eq!(hits[0].case_id, a.id);
    assert_eq!(hits[0].case_label.as_str(), "gezin B.");
    let marked: Vec<&str> = hits[0]
        .snippet
        .iter()
        .filter(|p| p.matched)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["geldzorgen"]);

    // Diacritics are folded; all words must match.
    assert_eq!(
        vault.search_notes("scootér moeder").expect("search").len(),
        1
    );
    assert!(
        vault
            .search_notes("scooter kleding")
            .expect("search")
            .is_empty()
    );
    assert_eq!(vault.search_notes("dure").expect("search")[0].case_id, b.id);
}

#[test]
fn search_never_fails_on_what_a_user_types() {
    let (_tmp, mut vault, clock) = unlocked();
    let case = Case::new(CaseLabel::new("gezin B.").expect("label"), clock.now());
    vault.save_case(&case).expect("save");
    vault
        .add_note(case.id, "near het station, or niet")
        .expect("note");
    let queries = [
        "",
        " ",
        "\"",
        "\"\"",
        "*",
        "NEAR(",
        "near(a b",
        "a OR",
        "OR",
        "AND NOT",
        "body:x",
        "^start",
        "-min",
        "(",
        ")",
        "{a b}",
        "'",
        "x\"y",
        "😀",
        "ç",
        "\u{0}",
        "NOT station",
    ];
    for query in queries {
        assert!(vault.search_notes(query).is_ok(), "{query:?}");
    }
    assert_eq!(vault.search_notes("near(").expect("search").len(), 1);
    assert_eq!(vault.search_notes("OR").expect("search").len(), 1);
}

#[test]
fn settings_are_validated_and_persist() {
    let (_tmp, mut vault, _clock) = unlocked();
    assert_eq!(
        vault.settings().expect("settings"),
        VaultSettings::default()
    );
    assert_eq!(vault.settings().expect("settings").retention_days, 90);
    let refused = [(6, 10), (366, 10), (0, 10), (30, 2), (30, 21)];
    for (retention_days, max_attempts) in refused {
        let settings = VaultSettings {
            retention_days,
            max_attempts,
        };
        let error = vault.save_settings(&settings).expect_err("refused");
        assert!(
            matches!(
                error,
                VaultError::RetentionOutOfRange { min: 7, max: 365 }
                    | VaultError::MaxAttemptsOutOfRange { min: 3, max: 20 }
            ),
            "{error:?}"
        );
    }
    let chosen = VaultSettings {
        retention_days: 30,
        max_attempts: 5,
    };
    vault.save_settings(&chosen).expect("save");
    reopened(&mut vault);
    assert_eq!(vault.settings().expect("settings"), chosen);
}

#[test]
fn expired_cases_are_purged_with_their_notes() {
    let (_tmp, mut vault, clock) = unlocked();
    vault
        .save_settings(&VaultSettings {
            retention_days: 7,
            ..VaultSettings::default()
        })
        .expect("settings");
    let old = Case::new(CaseLabel::new("oud").expect("label"), clock.now());
    vault.save_case(&old).expect("save");
    vault.add_note(old.id, "oude notitie").expect("note");
    assert_eq!(
        vault.expires_at(&old).expect("expiry"),
        clock.now() + Duration::days(7)
    );

    clock.advance(Duration::days(3));
    let recent = Case::new(CaseLabel::new("recent").expect("label"), clock.now());
    vault.save_case(&recent).expect("save");

    // Exactly at expiry nothing is purged yet.
    clock.advance(Duration::days(4));
    assert_eq!(vault.purge_expired().expect("purge"), 0);
    clock.advance(Duration::seconds(1));
    assert_eq!(vault.purge_expired().expect("purge"), 1);
    assert_eq!(vault.load_case(old.id).expect("load"), None);
    assert!(vault.list_notes(old.id).expect("notes").is_empty());
    assert!(vault.search_notes("oude").expect("search").is_empty());
    assert_eq!(vault.list_cases().expect("list").len(), 1);
    vault.check_integrity().expect("integrity");
}

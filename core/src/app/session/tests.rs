//! The visit's state: what a lock, a restart and the end of an update leave of it.

use super::*;
use crate::casework::{CaseId, CaseLabel};
use crate::vault::{NoteId, SnippetPart};

fn label(text: &str) -> CaseLabel {
    CaseLabel::new(text).expect("valid")
}

/// Screen data with text in every place the vault's types hold it.
fn loaded() -> Loaded {
    let now = Utc::now();
    let case = Case::new(label("gezin Jansen"), now);
    let id = case.id;
    let note_id = NoteId::parse("67e55044-10b1-426f-9247-bb680e5fe0c8").expect("id");
    Loaded {
        notes: vec![Note {
            id: note_id,
            case_id: id,
            body: "Zoon brengt pakketjes rond".to_owned(),
            created_at: now,
            updated_at: now,
            kind: crate::casework::NoteKind::Fact,
        }],
        cases: vec![CaseListItem {
            id,
            label: label("gezin Jansen"),
            updated_at: now,
            observed_signals: 1,
            notes: 1,
        }],
        hits: vec![NoteHit {
            note_id,
            case_id: id,
            case_label: label("gezin Jansen"),
            snippet: vec![SnippetPart {
                text: "pakketjes".to_owned(),
                matched: true,
            }],
            note_updated_at: now,
        }],
        case: Some(case),
        settings: None,
    }
}

#[test]
fn the_vaults_read_types_are_wiped_in_place() {
    let mut loaded = loaded();
    for note in &mut loaded.notes {
        note.zeroize();
        assert_eq!(note.body, "");
    }
    for item in &mut loaded.cases {
        item.zeroize();
        assert_eq!(item.label.as_str(), "");
    }
    for hit in &mut loaded.hits {
        hit.zeroize();
        assert_eq!(hit.case_label.as_str(), "");
        assert!(hit.snippet.is_empty());
    }
    loaded.zeroize();
    assert!(loaded.case.is_none() && loaded.notes.is_empty());
    assert!(loaded.cases.is_empty() && loaded.hits.is_empty());
}

#[test]
fn locking_forgets_the_case_data_and_keeps_the_place_for_after_the_unlock() {
    let mut session = Session::at(Route::Case(CaseId::random()));
    session.loaded = loaded();
    session.stack.push(Route::Cases { picking: false });
    session.stack.push(Route::Home);
    session.forget_case_data();
    let loaded = &session.loaded;
    assert!(loaded.case.is_none() && loaded.notes.is_empty());
    assert!(loaded.cases.is_empty() && loaded.hits.is_empty());
    assert!(
        matches!(&session.route, Route::Pin(flow) if matches!(flow.then.as_deref(), Some(Route::Case(_)))),
        "the unlock screen, leading back to the case"
    );
    assert!(
        matches!(session.stack.as_slice(), [Route::Home]),
        "the case list left the back stack"
    );
}

#[test]
fn a_restart_forgets_everything_and_a_notice_waits_for_the_unlock() {
    let mut session = Session::at(Route::Home);
    session.loaded = loaded();
    session.checklist.insert("withdraws".to_owned(), Utc::now());
    session.pending.after_unlock = Some(Err(Refusal::NoteNotKept { saved: 0 }));
    session.restart(Route::Neutral);
    assert!(session.loaded.case.is_none() && session.loaded.notes.is_empty());
    assert!(session.checklist.is_empty());
    assert!(
        session.pending.after_unlock.is_none(),
        "a restart starts afresh"
    );

    session.pending.after_unlock = Some(Err(Refusal::NoteNotKept { saved: 0 }));
    let mut effects = Vec::new();
    session.settle(false, &mut effects);
    assert!(session.notice.is_none(), "not while locked");
    session.notice = Some(Err(Refusal::NotHere));
    session.settle(true, &mut effects);
    assert!(
        matches!(session.notice, Some(Err(Refusal::NotHere))),
        "never over another notice"
    );
    session.notice = None;
    session.settle(true, &mut effects);
    assert!(matches!(
        session.notice,
        Some(Err(Refusal::NoteNotKept { saved: 0 }))
    ));
    assert!(session.pending.after_unlock.is_none(), "said once");
}

#[test]
fn damaged_preferences_are_said_on_the_first_screen_and_told_to_the_shell_once() {
    let mut session = Session::first(true);
    assert!(matches!(
        session.notice,
        Some(Err(Refusal::PreferencesUnreadable))
    ));
    let mut effects = Vec::new();
    session.settle(false, &mut effects);
    assert_eq!(effects, [Effect::SetLauncherDiscreet { discreet: true }]);
    let mut again = Vec::new();
    session.settle(false, &mut again);
    assert!(again.is_empty());

    let mut effects = Vec::new();
    let mut fine = Session::first(false);
    fine.settle(false, &mut effects);
    assert!(fine.notice.is_none() && effects.is_empty());
}

//! Notes being written when the vault locks: every character kept, in order, in as
//! many notes as it takes.

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::app::route::Draft;
use crate::app::{AppConfig, Destination, Effect, Event, FieldId, Phase};
use crate::vault::{SoftwareKeyWrapper, VaultStatus};
use crate::{Language, ManualClock};

const PIN: &str = "246810";

struct Harness {
    app: App,
    clock: Arc<ManualClock>,
    _dir: tempfile::TempDir,
}

/// An app with the vault created and open, on a new case; its id.
fn on_a_case() -> (Harness, CaseId) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
            .single()
            .expect("time"),
    ));
    let keys = Arc::new(SoftwareKeyWrapper::new(dir.path()).expect("key file"));
    let config = AppConfig {
        data_dir: dir.path().join("data"),
        device_language: Language::Nl,
    };
    let app = App::new(config, keys, clock.clone()).expect("app starts");
    let mut h = Harness {
        app,
        clock,
        _dir: dir,
    };
    h.app.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    h.pin();
    h.pin();
    h.app.dispatch(Event::NewCase);
    h.app.dispatch(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    h.app.dispatch(Event::SubmitLabel);
    let Route::Case(case) = h.app.session.route else {
        panic!("on the new case")
    };
    (h, case)
}

impl Harness {
    fn pin(&mut self) {
        for digit in PIN.bytes() {
            self.app.dispatch(Event::PinDigit {
                digit: digit - b'0',
            });
        }
        self.app.dispatch(Event::PinSubmit);
    }

    /// Puts `text` in the note editor as the draft, past the limits the editor's
    /// input puts on it (the vault's must hold whatever the draft holds).
    fn draft(&mut self, text: &str) {
        let Route::NoteEditor { draft, .. } = &mut self.app.session.route else {
            panic!("in the note editor")
        };
        draft.set(text.to_owned());
    }

    /// The case's note bodies, newest first, read from the open vault.
    fn bodies(&self, case: CaseId) -> Vec<String> {
        let notes = self.app.vault.list_notes(case).expect("notes");
        notes.into_iter().map(|n| n.body.clone()).collect()
    }

    fn notice(&self) -> Option<String> {
        self.app.view().notice.map(|n| n.text)
    }
}

/// 50,000 characters without a space, emoji of several kinds at every place a
/// piece could end; with the byte offsets where a whole character (cluster) starts.
fn long_draft() -> (String, Vec<usize>) {
    let clusters = [
        "👩\u{200D}👧",
        "🇳🇱",
        "e\u{301}",
        "❤\u{FE0F}",
        "👍\u{1F3FD}",
        "Zoë",
    ];
    let mut text = String::new();
    let mut starts = vec![0];
    let mut i = 0;
    while text.chars().count() < 50_000 {
        let cluster = clusters[i % clusters.len()];
        text.push_str(if cluster == "Zoë" { "Z" } else { cluster });
        starts.push(text.len());
        i += 1;
    }
    (text, starts)
}

/// The ways a vault locks by itself, each leaving the PIN pad (after the neutral
/// screen, for a quick exit).
fn lock_by(h: &mut Harness, how: &str) {
    let effects = match how {
        "background" => {
            h.app
                .dispatch(Event::PhaseChanged {
                    phase: Phase::Background,
                })
                .effects
        }
        "quick exit" => {
            let effects = h.app.dispatch(Event::QuickExit).effects;
            h.app.dispatch(Event::LeaveNeutral);
            h.app.dispatch(Event::Open {
                destination: Destination::Cases,
            });
            effects
        }
        _ => {
            h.clock.advance(Duration::minutes(5));
            h.app.dispatch(Event::Heartbeat).effects
        }
    };
    assert!(effects.contains(&Effect::Locked), "{how}");
    assert!(matches!(h.app.vault.status(), VaultStatus::Locked { .. }));
    assert!(matches!(h.app.session.route, Route::Pin(_)), "{how}");
    assert!(h.app.session.loaded.notes.is_empty());
}

#[test]
fn a_draft_of_50000_characters_survives_every_lock_as_several_notes() {
    let (text, starts) = long_draft();
    for how in ["background", "quick exit", "heartbeat"] {
        let (mut h, case) = on_a_case();
        h.app.dispatch(Event::NewNote {
            case_id: case.to_string(),
        });
        h.draft(&text);
        lock_by(&mut h, how);
        assert_eq!(h.notice(), None, "{how}: nothing said while locked");
        h.pin();
        let bodies = h.bodies(case);
        assert!(bodies.len() >= 3, "{how}: {} notes", bodies.len());
        assert_eq!(bodies.concat(), text, "{how}: every character, in order");
        let mut at = 0;
        for body in &bodies {
            assert!(
                starts.contains(&at),
                "{how}: a note starts inside a cluster"
            );
            assert!(body.chars().count() <= MAX_NOTE_CHARS);
            at += body.len();
        }
        assert_eq!(
            h.notice(),
            Some(format!(
                "Uw notitie was te lang voor één notitie en is bewaard als {} notities.",
                bodies.len()
            )),
            "{how}"
        );
    }
}

#[test]
fn an_edited_note_keeps_the_first_piece_and_the_rest_follow_as_new_notes() {
    let (mut h, case) = on_a_case();
    let note = h.app.vault.add_note(case, "kort").expect("saved");
    h.app.dispatch(Event::OpenCase {
        case_id: case.to_string(),
    });
    h.app.dispatch(Event::EditNote {
        note_id: note.to_string(),
    });
    let (text, _) = long_draft();
    h.draft(&text);
    lock_by(&mut h, "background");
    h.pin();
    let notes = h.app.vault.list_notes(case).expect("notes");
    let (edited, added): (Vec<_>, Vec<_>) = notes.iter().partition(|n| n.id == note);
    assert_eq!(edited.len(), 1, "the note is still there");
    let rest: String = added.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(format!("{}{rest}", edited[0].body), text);
    assert!(
        matches!(h.app.session.route, Route::Case(c) if c == case),
        "back on the case, where the notes show"
    );
}

#[test]
fn a_draft_under_a_confirmation_is_saved_too() {
    let (mut h, case) = on_a_case();
    let note = h.app.vault.add_note(case, "kort").expect("saved");
    h.app.dispatch(Event::OpenCase {
        case_id: case.to_string(),
    });
    h.app.dispatch(Event::EditNote {
        note_id: note.to_string(),
    });
    h.draft("kort, en langer geworden");
    h.app.dispatch(Event::DeleteNote {
        note_id: note.to_string(),
    });
    lock_by(&mut h, "background");
    h.pin();
    assert_eq!(h.bodies(case), ["kort, en langer geworden"]);
    assert_eq!(h.notice(), None, "saved whole: nothing to say");
}

#[test]
fn a_note_open_in_two_editors_keeps_both_drafts() {
    let (mut h, case) = on_a_case();
    let note = h.app.vault.add_note(case, "kort").expect("saved");
    // Two editors of one note, one under the other: as two windows of the app (or
    // a future screen) could leave them; no screen here offers it.
    let editor = |text: &str| Route::NoteEditor {
        case,
        note: Some(note),
        draft: Draft::new(text),
        kind: NoteKind::Unsaid,
    };
    h.app.session.stack.push(editor("eerste versie"));
    h.app.session.route = editor("tweede versie");
    assert!(
        h.app.session.stack.len() > 2,
        "the first editor is still open below"
    );
    lock_by(&mut h, "background");
    h.pin();
    let notes = h.app.vault.list_notes(case).expect("notes");
    let body = |id| notes.iter().find(|n| n.id == id).map(|n| n.body.as_str());
    assert_eq!(body(note), Some("tweede versie"), "the newest draft");
    let mut bodies: Vec<&str> = notes.iter().map(|n| n.body.as_str()).collect();
    bodies.sort_unstable();
    assert_eq!(bodies, ["eerste versie", "tweede versie"]);
}

#[test]
fn a_failed_save_does_not_stop_the_lock_and_the_unlock_says_the_text_is_lost() {
    let (mut h, case) = on_a_case();
    h.app.dispatch(Event::NewNote {
        case_id: case.to_string(),
    });
    h.draft("wat niet bewaard kan worden");
    // The case is gone under the editor: saving the note fails.
    h.app.vault.delete_case(case).expect("deleted");
    lock_by(&mut h, "background");
    h.pin();
    assert_eq!(
        h.notice().as_deref(),
        Some(
            "Bij het vergrendelen kon uw notitie niet worden opgeslagen. Wat u typte, is verloren gegaan."
        )
    );
    h.app.dispatch(Event::DismissNotice);
    assert_eq!(h.notice(), None, "said once");
}

#[test]
fn a_blank_or_short_draft_is_saved_as_before_without_a_notice() {
    let (mut h, case) = on_a_case();
    h.app.dispatch(Event::NewNote {
        case_id: case.to_string(),
    });
    h.draft("  \n ");
    lock_by(&mut h, "heartbeat");
    h.pin();
    assert!(h.bodies(case).is_empty(), "nothing typed, nothing saved");
    h.app.session.route = Route::NoteEditor {
        case,
        note: None,
        draft: Draft::new("  Zoon brengt pakketjes rond.\n"),
        kind: NoteKind::Unsaid,
    };
    lock_by(&mut h, "background");
    h.pin();
    assert_eq!(h.bodies(case), ["Zoon brengt pakketjes rond."]);
    assert_eq!(h.notice(), None);
}

#[test]
fn damaged_work_kept_in_the_vault_is_said_and_the_unlock_goes_on() {
    let (mut h, case) = on_a_case();
    // What a lock kept, damaged at rest (or written by a future version).
    h.app
        .vault
        .keep_work("visit", "{\"checklist\": 7")
        .expect("kept");
    lock_by(&mut h, "background");
    h.pin();
    assert!(
        h.app.unlocked(),
        "the damage does not stand in the unlock's way"
    );
    assert_eq!(
        h.notice().as_deref(),
        Some(
            "Waar u mee bezig was, kon bij het vergrendelen niet versleuteld worden bewaard. Kijk de snelle lijst en uw laatste invoer na."
        )
    );
    assert!(matches!(h.app.session.route, Route::Case(c) if c == case));
    // Said once: the damaged draft is gone, the next unlock is quiet.
    lock_by(&mut h, "background");
    h.pin();
    assert_eq!(h.notice(), None);
}

//! Locking, quick exit and the wipe's reset: the moments the visit's state is forgotten.

use super::super::outcome::{Done, Outcome, Refusal};
use super::super::route::Route;
use super::super::{App, Effect};
use super::notes::split_note;
use crate::app::preferences::Preferences;
use crate::casework::CaseId;
use crate::vault::{MAX_NOTE_CHARS, NoteId, Vault, VaultError};

impl App {
    /// Locks the vault: saves the notes being written, wipes and forgets every piece of
    /// case data in memory, and leaves screens that show case data for the unlock
    /// screen. The lock happens whatever the saving came to; the unlock says it.
    pub(in crate::app) fn lock(&mut self, effects: &mut Vec<Effect>) {
        if !self.unlocked() {
            return;
        }
        let kept = self.save_note_drafts_before_lock();
        let work = self.keep_work_before_lock();
        self.vault.lock();
        self.session.forget_case_data();
        // A failure is said first; the pieces a note became, before the work kept.
        if let Some(outcome) = [kept, work].into_iter().flatten().min_by_key(Result::is_ok) {
            self.session.pending.after_unlock = Some(outcome);
        }
        effects.push(Effect::Locked);
    }

    /// Locks at once and shows the neutral screen: nothing of the visit stays in memory
    /// but what the next unlock must say about the notes saved as it locked.
    pub(super) fn quick_exit(&mut self, effects: &mut Vec<Effect>) {
        self.lock(effects);
        let pending = std::mem::take(&mut self.session.pending);
        self.session.restart(Route::Neutral);
        self.session.pending = pending;
        effects.push(Effect::HideApp);
    }

    /// Saves every note being written, on screen or left open under another screen, so
    /// that locking loses no text: one too long for a note is saved as several. Returns
    /// what the unlock must say: a failure (first), a split, nothing for a whole note.
    pub(super) fn save_note_drafts_before_lock(&mut self) -> Option<Outcome> {
        let mut notice = None;
        let mut updated: Vec<(NoteId, &str)> = Vec::new();
        // Newest first: a note open in two editors gets the newest draft, and an older,
        // different draft of it is kept beside it as a new note.
        for route in self.session.open_routes() {
            let Route::NoteEditor { case, note, draft } = route else {
                continue;
            };
            let text = draft.text.as_str();
            let note = match updated.iter().find(|(id, _)| Some(*id) == *note) {
                Some((_, newer)) if *newer == text => continue,
                Some(_) => None,
                None => *note,
            };
            updated.extend(note.map(|id| (id, text)));
            let this = match save_in_pieces(&mut self.vault, *case, note, text) {
                Ok(count) if count > 1 => Some(Ok(Done::NoteKeptAsNotes { count })),
                Ok(_) => None,
                Err(saved) => Some(Err(Refusal::NoteNotKept { saved })),
            };
            if !matches!(notice, Some(Err(_))) && this.is_some() {
                notice = this;
            }
        }
        notice
    }

    /// Everything is gone: the app as freshly installed, in the same language, on
    /// `route`, except discreet mode: whoever forced the wipe (by mashing the PIN pad)
    /// must not be rewarded with the revealing launcher and screens.
    pub(super) fn wiped(&mut self, route: Route, effects: &mut Vec<Effect>) {
        self.prefs = Preferences {
            language: self.prefs.language,
            discreet: self.prefs.discreet,
            ..Default::default()
        };
        // Discreet mode is written again at once (the coordinator and the rest go);
        // without it the file goes, as at a fresh install.
        let _ = if self.prefs.discreet {
            self.prefs.save(&self.data_dir)
        } else {
            std::fs::remove_file(Preferences::path(&self.data_dir))
        };
        // Pending notices and effects go too: the notes they speak of are gone. The
        // launcher is told again, so it matches the discreet mode that stayed.
        self.session.restart(route);
        effects.push(Effect::Wiped);
        effects.push(Effect::SetLauncherDiscreet {
            discreet: self.prefs.discreet,
        });
    }
}

/// Saves `text` as the note `note` (or a new one in `case`), in as many notes as it
/// takes. The first piece goes into the note being edited; the rest are added last
/// first, so that the case's newest-first list shows them in reading order. `Ok` with
/// the number of notes written (0 for blank text), or `Err` with those written before a
/// save failed.
pub(super) fn save_in_pieces(
    vault: &mut Vault,
    case: CaseId,
    note: Option<NoteId>,
    text: &str,
) -> Result<usize, usize> {
    let pieces = split_note(text, MAX_NOTE_CHARS);
    let (mut saved, to_add) = match (note, pieces.split_first()) {
        (_, None) => return Ok(0),
        (Some(note), Some((first, rest))) => match vault.update_note(note, first) {
            Ok(()) => (1, rest),
            // Gone meanwhile: every piece becomes a new note.
            Err(VaultError::NoteNotFound) => (0, pieces.as_slice()),
            Err(_) => return Err(0),
        },
        (None, Some(_)) => (0, pieces.as_slice()),
    };
    for piece in to_add.iter().rev() {
        vault.add_note(case, piece).map_err(|_| saved)?;
        saved += 1;
    }
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::{Duration, TimeZone, Utc};

    use super::*;
    use crate::app::route::Draft;
    use crate::app::{AppConfig, Destination, Event, FieldId, Phase};
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
        };
        lock_by(&mut h, "background");
        h.pin();
        assert_eq!(h.bodies(case), ["Zoon brengt pakketjes rond."]);
        assert_eq!(h.notice(), None);
    }

    #[test]
    fn a_damaged_draft_in_the_vault_is_said_and_the_unlock_goes_on() {
        let (mut h, case) = on_a_case();
        // What a lock kept, damaged at rest (or written by a future version).
        h.app
            .vault
            .put_draft("visit", "{\"checklist\": 7")
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
}

//! Leaving an editor by the back gesture or the home button loses nothing unasked: a
//! note is saved as it stands (as at a lock), and a changed one-line text (a case label,
//! a remark) is asked about before it goes.

use super::super::App;
use super::super::outcome::{Done, Refusal};
use super::super::route::{Confirmation, Route};
use super::Handled;
use super::saved_at_lock::save_in_pieces;

impl App {
    /// The back gesture or button: back one screen, once the editor shown has kept or
    /// asked about its text.
    pub(super) fn leave(&mut self) -> Handled {
        if self.before_leaving()? {
            return Ok(());
        }
        self.back()
    }

    /// The home button: home, once every note being written (shown, or left open under
    /// a question) is saved, and a changed one-line text is asked about.
    pub(super) fn leave_for_home(&mut self) -> Handled {
        if self.before_leaving()? {
            return Ok(());
        }
        let note_under = |r: &Route| matches!(r, Route::NoteEditor { .. });
        if self.unlocked() && self.session.stack.iter().any(note_under) {
            // Saved as at a lock: the newest draft of a note wins, and what failed says so.
            self.session.notice = Some(
                self.save_note_drafts_before_lock()
                    .unwrap_or(Ok(Done::NoteSaved)),
            );
        }
        self.home();
        Ok(())
    }

    /// Keeps or asks about the text of the editor shown. `Ok(true)`: the user stays, on
    /// the question whether to discard the text.
    fn before_leaving(&mut self) -> Result<bool, Refusal> {
        match &self.session.route {
            Route::NoteEditor {
                case,
                note,
                draft,
                kind,
            } if self.unlocked() => {
                let (case, note, kind) = (*case, *note, *kind);
                let stored = match note {
                    Some(id) => self
                        .vault
                        .list_notes(case)?
                        .into_iter()
                        .find(|n| n.id == id)
                        .map(|n| (n.body, n.kind)),
                    None => None,
                };
                let text = draft.text.trim();
                let unchanged = stored
                    .as_ref()
                    .is_some_and(|(body, was)| body == text && *was == kind);
                if text.is_empty() || unchanged {
                    return Ok(false);
                }
                // Not left while it failed: the text stays on screen with the reason.
                match save_in_pieces(&mut self.vault, case, note, &draft.text, kind) {
                    Ok(count) if count > 1 => self.done(Done::NoteKeptAsNotes { count }),
                    Ok(_) => self.done(Done::NoteSaved),
                    Err(saved) => return Err(Refusal::NoteNotKept { saved }),
                }
                Ok(false)
            }
            Route::Label(_) | Route::Remark { .. } | Route::Advice { .. }
                if self.one_line_changed() =>
            {
                self.go(Route::Confirm(Confirmation::DiscardText));
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Whether the one-line editor shown holds text other than what is stored.
    fn one_line_changed(&self) -> bool {
        let case = self.session.loaded.case.as_ref();
        match &self.session.route {
            Route::Label(editor) => {
                let stored = editor.case.and(case).map_or("", |c| c.label.as_str());
                editor.draft.text.trim() != stored
            }
            Route::Remark {
                signal,
                draft,
                seen,
                ..
            } => {
                let observed = case.and_then(|c| c.signals.get(signal));
                let stored = observed.and_then(|o| o.remark.as_deref()).unwrap_or("");
                // A moment chosen (or half typed) other than the one saved is a change.
                let stored_seen =
                    observed.map(|o| (o.seen_at() != o.recorded_at()).then_some(o.seen_at()));
                let chosen = seen.resolve(self.clock.as_ref()).ok();
                draft.text.trim() != stored || chosen != stored_seen
            }
            Route::Advice { step, draft, .. } => {
                let stored = case
                    .and_then(|c| c.steps.get(step))
                    .and_then(|p| p.advice.as_deref())
                    .unwrap_or("");
                draft.text.trim() != stored
            }
            _ => false,
        }
    }
}

//! The answer to a confirmation: delete, share, erase everything; or cancel.

use super::super::outcome::{Done, Refusal};
use super::super::route::{Confirmation, Route};
use super::super::undo::Undo;
use super::super::{App, Effect, views};
use super::Handled;
use crate::casework::CaseId;

impl App {
    pub(super) fn confirm_action(&mut self, effects: &mut Vec<Effect>) -> Handled {
        let Route::Confirm(confirmation) = self.session.route else {
            return Err(Refusal::NotHere);
        };
        match confirmation {
            Confirmation::DeleteCase(id) => {
                // Kept whole first, so the notice can offer it back.
                let case = self.require_case(id)?;
                let notes = self.vault.list_notes(id)?;
                self.vault.delete_case(id)?;
                let stack = &mut self.session.stack;
                stack.retain(|r| r.case() != Some(id));
                self.session.route = stack.pop().unwrap_or(Route::Cases { picking: false });
                self.removed(Done::CaseDeleted, Undo::Case { case, notes });
            }
            Confirmation::DeleteNote { case, note } => {
                let kept = self
                    .vault
                    .list_notes(case)?
                    .into_iter()
                    .find(|n| n.id == note);
                self.vault.delete_note(note)?;
                let stack = &mut self.session.stack;
                stack.retain(|r| !matches!(r, Route::NoteEditor { .. }));
                self.session.route = stack.pop().unwrap_or(Route::Case(case));
                match kept {
                    Some(kept) => self.removed(Done::NoteDeleted, Undo::Note(kept)),
                    None => self.done(Done::NoteDeleted),
                }
            }
            Confirmation::Export {
                case,
                with_notes: true,
            } => self.go(Route::Confirm(Confirmation::ExportNotes(case))),
            Confirmation::Export {
                case,
                with_notes: false,
            } => self.share(case, false, effects)?,
            Confirmation::ExportNotes(case) => self.share(case, true, effects)?,
            Confirmation::DiscardText => {
                // The editor under the question goes, with its text; then back on.
                if let Some(Route::Label(_) | Route::Remark { .. } | Route::Advice { .. }) =
                    self.session.stack.last()
                {
                    self.session.stack.pop();
                }
                self.back()?;
            }
            Confirmation::PurgeExpired { .. } => {
                let count = self.vault.purge_expired()?;
                self.back()?;
                self.done(Done::Purged { count });
            }
            Confirmation::Wipe => {
                self.vault.wipe()?;
                self.wiped(Route::Home, effects);
                self.done(Done::Wiped);
            }
        }
        Ok(())
    }

    /// Shares the case's summary (with its notes, after the second question) and
    /// leaves the questions.
    fn share(&mut self, id: CaseId, with_notes: bool, effects: &mut Vec<Effect>) -> Handled {
        // From the vault, not the screen's copy: a note saved since moved the case's
        // last change, and the dossier must say when that was.
        let case = self.vault.load_case(id)?.ok_or(Refusal::UnknownCase)?;
        let notes = if with_notes {
            self.vault.list_notes(id)?
        } else {
            Vec::new()
        };
        let (subject, text) = views::export(self, &case, &notes);
        effects.push(Effect::Share {
            subject: subject.into(),
            text: text.into(),
        });
        // Questions are never on the back stack: back leads to the case's screen.
        self.back()
    }

    /// Ticks the notes in or out of the summary about to be shared.
    pub(super) fn toggle_export_notes(&mut self) -> Handled {
        let Route::Confirm(Confirmation::Export { with_notes, .. }) = &mut self.session.route
        else {
            return Err(Refusal::NotHere);
        };
        *with_notes = !*with_notes;
        Ok(())
    }

    pub(super) fn cancel(&mut self) -> Handled {
        if !matches!(self.session.route, Route::Confirm(_)) {
            return Err(Refusal::NotHere);
        }
        self.back()
    }
}

//! The answer to a confirmation: delete, share, erase everything; or cancel.

use super::super::outcome::{Done, Refusal};
use super::super::route::{Confirmation, Route};
use super::super::{App, Effect, views};
use super::Handled;

impl App {
    pub(super) fn confirm_action(&mut self, effects: &mut Vec<Effect>) -> Handled {
        let Route::Confirm(confirmation) = self.session.route else {
            return Err(Refusal::NotHere);
        };
        match confirmation {
            Confirmation::DeleteCase(id) => {
                self.vault.delete_case(id)?;
                let stack = &mut self.session.stack;
                stack.retain(|r| r.case() != Some(id));
                self.session.route = stack.pop().unwrap_or(Route::Cases { picking: false });
                self.done(Done::CaseDeleted);
            }
            Confirmation::DeleteNote { case, note } => {
                self.vault.delete_note(note)?;
                let stack = &mut self.session.stack;
                stack.retain(|r| !matches!(r, Route::NoteEditor { .. }));
                self.session.route = stack.pop().unwrap_or(Route::Case(case));
                self.done(Done::NoteDeleted);
            }
            Confirmation::Export(id) => {
                let case = self.require_case(id)?;
                let (subject, text) = views::export(self, &case);
                effects.push(Effect::Share {
                    subject: subject.into(),
                    text: text.into(),
                });
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

    pub(super) fn cancel(&mut self) -> Handled {
        if !matches!(self.session.route, Route::Confirm(_)) {
            return Err(Refusal::NotHere);
        }
        self.back()
    }
}

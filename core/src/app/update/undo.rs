//! One-tap removals and taking them back: each removal keeps what it took in the
//! session's `undo`, its notice offers it back, and the next tap of anything else
//! forgets it.

use chrono::{DateTime, Utc};

use super::super::App;
use super::super::outcome::{Done, Refusal};
use super::super::route::Route;
use super::super::undo::Undo;
use super::{Handled, parse_case_id};
use crate::casework::SignalToggle;

impl App {
    /// Ticks or unticks a signal in a case; an untick can be taken back.
    pub(super) fn toggle_case_signal(
        &mut self,
        case_id: &str,
        signal: String,
        now: DateTime<Utc>,
    ) -> Handled {
        let id = parse_case_id(case_id)?;
        let mut case = self.require_case(id)?;
        let toggle = case.toggle_signal(&self.content, &signal, now)?;
        self.store_case(case)?;
        if toggle == SignalToggle::Unticked {
            self.removed(Done::SignalRemoved, Undo::Untick { case: id, signal });
        }
        Ok(())
    }

    /// Clears the quick checklist; it can be taken back.
    pub(super) fn clear_checklist(&mut self) -> Handled {
        if self.session.checklist.is_empty() {
            return Err(Refusal::EmptyChecklist);
        }
        let ticks = std::mem::take(&mut self.session.checklist);
        let count = ticks.len();
        self.removed(Done::ChecklistCleared { count }, Undo::Checklist(ticks));
        Ok(())
    }

    /// Says what was removed and keeps it, so the notice can offer it back.
    pub(super) fn removed(&mut self, done: Done, undo: Undo) {
        self.session.undo = Some(undo);
        self.done(done);
    }

    /// Takes back the removal the notice offered, exactly as it was: a signal with its
    /// time and remark, the quick checklist's ticks, a note or a case with its notes.
    pub(super) fn undo(&mut self, undo: Option<Undo>, now: DateTime<Utc>) -> Handled {
        let Some(undo) = undo else {
            return Err(Refusal::NothingToUndo);
        };
        let restored = match &undo {
            Undo::Untick { case, signal } => {
                let mut changed = self.require_case(*case)?;
                changed.toggle_signal(&self.content, signal, now)?;
                self.store_case(changed)
            }
            Undo::SignalDetail {
                case,
                signal,
                before,
            } => {
                let mut changed = self.require_case(*case)?;
                changed.restore_observation(signal, before.clone(), now)?;
                self.store_case(changed)
            }
            Undo::Checklist(ticks) => {
                for (signal, at) in ticks {
                    self.session.checklist.entry(signal.clone()).or_insert(*at);
                }
                Ok(())
            }
            Undo::Note(note) => self
                .vault
                .restore_notes(std::slice::from_ref(note))
                .map_err(Refusal::from),
            Undo::Case { case, notes } => self
                .vault
                .save_case(case)
                .and_then(|()| self.vault.restore_notes(notes))
                .map_err(Refusal::from),
        };
        if let Err(refusal) = restored {
            // Still offered: what failed to come back is not lost with the notice.
            self.session.undo = Some(undo);
            return Err(refusal);
        }
        if let Undo::Case { case, .. } = &undo {
            self.session.loaded.case = None;
            self.go(Route::Case(case.id));
        }
        self.done(Done::Restored);
        Ok(())
    }
}

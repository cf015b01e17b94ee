//! Ticking signals: the quick checklist (in memory only) and saving it into a case;
//! the remark on a signal observed in a case.

use chrono::{DateTime, Utc};

use super::super::App;
use super::super::outcome::{Done, Refusal};
use super::super::route::{Draft, Route};
use super::{Handled, parse_case_id};
use crate::casework::{CaseId, CaseworkError, MAX_REMARK_CHARS};

impl App {
    /// Ticks or unticks a signal in the quick checklist.
    pub(super) fn toggle_quick(&mut self, signal_id: String, now: DateTime<Utc>) -> Handled {
        if !self.content.has_signal(&signal_id) {
            return Err(CaseworkError::UnknownSignal(signal_id).into());
        }
        let checklist = &mut self.session.checklist;
        if checklist.remove(&signal_id).is_none() {
            checklist.insert(signal_id, now);
        }
        Ok(())
    }

    /// Opens the case picker to save the quick checklist into (after an unlock).
    pub(super) fn save_checklist(&mut self) -> Handled {
        if self.session.checklist.is_empty() {
            return Err(Refusal::EmptyChecklist);
        }
        self.go(Route::Cases { picking: true });
        Ok(())
    }

    /// Saves the quick checklist into the case picked for it (the picker alone offers
    /// it).
    pub(super) fn save_checklist_to(&mut self, text: &str, now: DateTime<Utc>) -> Handled {
        self.checklist_into_case(parse_case_id(text)?, now)
    }

    /// Saves the quick checklist's ticks into a case (picked, or just created for it)
    /// and opens the case.
    pub(super) fn checklist_into_case(&mut self, id: CaseId, now: DateTime<Utc>) -> Handled {
        let mut case = self.require_case(id)?;
        let ticks: Vec<(String, DateTime<Utc>)> = self
            .session
            .checklist
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        let count = case.observe_all(
            &self.content,
            ticks.iter().map(|(k, v)| (k.as_str(), *v)),
            now,
        )?;
        self.store_case(case)?;
        self.session.checklist.clear();
        self.session.stack.retain(|r| {
            !matches!(
                r,
                Route::Cases { picking: true } | Route::Signals { case: None }
            )
        });
        self.session.route = Route::Case(id);
        self.done(Done::ChecklistSaved { count });
        Ok(())
    }

    /// Opens the one-line editor for the remark on a signal observed in a case.
    pub(super) fn edit_remark(&mut self, case_id: &str, signal: String) -> Handled {
        let id = parse_case_id(case_id)?;
        let case = self.require_case(id)?;
        let observed = case
            .signals
            .get(&signal)
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.clone()))?;
        let draft = Draft::new(observed.remark.clone().unwrap_or_default());
        self.go(Route::Remark {
            case: id,
            signal,
            draft,
        });
        Ok(())
    }

    /// The remark as typed: kept, with the reason if it is too long.
    pub(super) fn remark_changed(&mut self, text: String) -> Handled {
        let Route::Remark { draft, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        draft.error = (text.trim().chars().count() > MAX_REMARK_CHARS).then_some(
            Refusal::Casework(CaseworkError::RemarkTooLong {
                max: MAX_REMARK_CHARS,
            }),
        );
        draft.set(text);
        Ok(())
    }

    /// Saves the remark and goes back to the signals.
    pub(super) fn submit_remark(&mut self, now: DateTime<Utc>) -> Handled {
        let Route::Remark {
            case,
            signal,
            draft,
            ..
        } = &self.session.route
        else {
            return Err(Refusal::NotHere);
        };
        let mut changed = self.require_case(*case)?;
        changed.set_signal_remark(signal, Some(&draft.text), now)?;
        self.store_case(changed)?;
        self.back()
    }
}

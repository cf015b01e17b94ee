//! Ticking signals: the quick checklist (in memory only) and saving it into a case;
//! the remark on a signal observed in a case.

use chrono::{DateTime, Utc};

use super::super::App;
use super::super::outcome::{Done, Refusal};
use super::super::route::{Draft, Route};
use super::super::seen::SeenEditor;
use super::super::undo::Undo;
use super::super::{FieldId, SeenChoice};
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

    /// Opens a signal observed in a case on its own screen: when it was seen, and the
    /// remark.
    pub(super) fn edit_remark(&mut self, case_id: &str, signal: String) -> Handled {
        let id = parse_case_id(case_id)?;
        let case = self.require_case(id)?;
        let observed = case
            .signals
            .get(&signal)
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.clone()))?;
        let draft = Draft::new(observed.remark.clone().unwrap_or_default());
        let seen = SeenEditor::of(observed, self.clock.as_ref(), &|d| self.date_text(d));
        self.go(Route::Remark {
            case: id,
            signal,
            draft,
            seen,
        });
        Ok(())
    }

    /// A date as the date field shows it, in the app's language.
    fn date_text(&self, date: chrono::NaiveDate) -> String {
        self.texts.date(self.language(), date)
    }

    /// Chooses when the signal shown was seen.
    pub(super) fn choose_seen(&mut self, when: SeenChoice) -> Handled {
        let language = self.language();
        let (texts, clock) = (&self.texts, self.clock.as_ref());
        let Route::Remark { seen, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        seen.choose(when, clock, &|d| texts.date(language, d));
        Ok(())
    }

    /// The day or time typed on the signal's screen. Typing a day makes it another day.
    pub(super) fn seen_changed(&mut self, field: FieldId, text: String) -> Handled {
        let Route::Remark { seen, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        if field == FieldId::SeenDate {
            seen.when = SeenChoice::OtherDay;
            seen.date.set(text);
        } else {
            seen.time.set(text);
        }
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

    /// Saves when the signal was seen and its remark, and goes back to the signals; a
    /// change can be taken back from its notice. Refused with the reason, nothing
    /// changed, for a moment that cannot be read or lies in the future.
    pub(super) fn submit_signal_detail(&mut self, now: DateTime<Utc>) -> Handled {
        let Route::Remark {
            case,
            signal,
            draft,
            seen,
        } = &self.session.route
        else {
            return Err(Refusal::NotHere);
        };
        let seen_at = seen.resolve(self.clock.as_ref()).map_err(Refusal::Seen)?;
        let (id, signal) = (*case, signal.clone());
        let mut changed = self.require_case(id)?;
        let before = changed
            .signals
            .get(&signal)
            .cloned()
            .ok_or_else(|| CaseworkError::SignalNotObserved(signal.clone()))?;
        changed.set_signal_seen(&signal, seen_at, now)?;
        changed.set_signal_remark(&signal, Some(&draft.text), now)?;
        let after = changed.signals.get(&signal).cloned();
        if after.as_ref() == Some(&before) {
            return self.back();
        }
        self.store_case(changed)?;
        self.back()?;
        self.removed(
            Done::SignalDetailSaved,
            Undo::SignalDetail {
                case: id,
                signal,
                before,
            },
        );
        Ok(())
    }
}

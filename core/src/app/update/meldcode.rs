//! A case's meldcode: step progress, the experts consulted and their advice, the
//! afwegingskader answers.

use chrono::{DateTime, Utc};

use super::super::outcome::Refusal;
use super::super::route::{Draft, Route};
use super::super::{AnswerChoice, App, StepChoice};
use super::{Handled, parse_case_id};
use crate::casework::{Answer, CaseworkError, MAX_ADVICE_CHARS, StepStatus};

impl App {
    pub(super) fn set_step_status(
        &mut self,
        case_id: &str,
        step: u8,
        status: StepChoice,
        now: DateTime<Utc>,
    ) -> Handled {
        let status = match status {
            StepChoice::NotStarted => StepStatus::NotStarted,
            StepChoice::InProgress => StepStatus::InProgress,
            StepChoice::Done => StepStatus::Done,
        };
        self.change_case(case_id, now, |case, content, now| {
            case.set_step_status(content, step, status, now)
        })
    }

    pub(super) fn toggle_consulted(
        &mut self,
        case_id: &str,
        step: u8,
        expert_id: &str,
        now: DateTime<Utc>,
    ) -> Handled {
        self.change_case(case_id, now, |case, content, now| {
            case.toggle_consulted(content, step, expert_id, now)
                .map(|_| ())
        })
    }

    pub(super) fn answer(
        &mut self,
        case_id: &str,
        question: u8,
        answer: Option<AnswerChoice>,
        now: DateTime<Utc>,
    ) -> Handled {
        let answer = answer.map(|a| match a {
            AnswerChoice::Yes => Answer::Yes,
            AnswerChoice::No => Answer::No,
        });
        self.change_case(case_id, now, |case, content, now| {
            case.answer(content, question, answer, now)
        })
    }

    /// Opens the one-line editor for the advice received at `step`.
    pub(super) fn edit_advice(&mut self, case_id: &str, step: u8) -> Handled {
        let id = parse_case_id(case_id)?;
        let case = self.require_case(id)?;
        if !crate::casework::takes_advice(&self.content, step) {
            return Err(CaseworkError::NoConsultationAt(step).into());
        }
        let advice = case.steps.get(&step).and_then(|p| p.advice.clone());
        self.go(Route::Advice {
            case: id,
            step,
            draft: Draft::new(advice.unwrap_or_default()),
        });
        Ok(())
    }

    /// The advice as typed: kept, with the reason if it is too long.
    pub(super) fn advice_changed(&mut self, text: String) -> Handled {
        let Route::Advice { draft, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        draft.error = (text.trim().chars().count() > MAX_ADVICE_CHARS).then_some(
            Refusal::Casework(CaseworkError::AdviceTooLong {
                max: MAX_ADVICE_CHARS,
            }),
        );
        draft.set(text);
        Ok(())
    }

    /// Saves the advice and goes back to the steps.
    pub(super) fn submit_advice(&mut self, now: DateTime<Utc>) -> Handled {
        let Route::Advice { case, step, draft } = &self.session.route else {
            return Err(Refusal::NotHere);
        };
        let mut changed = self.require_case(*case)?;
        changed.set_step_advice(&self.content, *step, Some(&draft.text), now)?;
        self.store_case(changed)?;
        self.back()
    }
}

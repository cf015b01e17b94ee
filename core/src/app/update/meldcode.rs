//! A case's meldcode: step progress, the experts consulted, the afwegingskader answers.

use chrono::{DateTime, Utc};

use super::super::{AnswerChoice, App, StepChoice};
use super::Handled;
use crate::casework::{Answer, StepStatus};

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
}

//! The one next step the meldcode asks for, derived from a case's state.
//!
//! It points at a step of the meldcode or at the afwegingskader, so the view shows the
//! card's own words for it. Nothing here weighs the person: it reads which steps the
//! professional has marked and where their own afwegingskader answers lead.

use super::steps::{REPORT_STEP, WEIGHING_STEP};
use super::{Case, StepStatus};
use crate::content::{Afwegingskader, OutcomeKind};

/// A pointer to the next thing the meldcode asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Guidance {
    /// Nothing observed yet: step 1, map the signals.
    MapSignals,
    /// Step 2 not started: consult a colleague.
    ConsultColleague,
    /// Step 3 not started: talk with the person if possible.
    TalkIfPossible,
    /// The weging (step 4) not concluded: answer the afwegingskader.
    Weigh,
    /// The weging concluded without a report, the afwegingskader goes on (own help):
    /// this question next.
    Continue(u8),
    /// The professional's afwegingskader answers lead to reporting, and step 5 is not
    /// done: step 5, report to Veilig Thuis.
    Report,
    /// The professional's afwegingskader answers end the path without a report
    /// (close the case and record it in the dossier).
    Close,
}

impl Guidance {
    /// The meldcode step whose words the view shows for this item, `None` where the
    /// words are the afwegingskader's.
    pub fn step(self) -> Option<u8> {
        match self {
            Guidance::MapSignals => Some(1),
            Guidance::ConsultColleague => Some(2),
            Guidance::TalkIfPossible => Some(3),
            Guidance::Weigh => Some(WEIGHING_STEP),
            Guidance::Report => Some(REPORT_STEP),
            Guidance::Continue(_) | Guidance::Close => None,
        }
    }
}

/// What the case says next: one step, and whether acute unsafety leads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextStep {
    /// The one next step, `None` when every step the answers call for is marked done.
    pub step: Option<Guidance>,
    /// The professional's answers say acute or structural unsafety and the report is not
    /// marked done: what to do if it is acute leads the case.
    pub acute: bool,
}

impl Case {
    /// The one next step, consistent with the steps marked and the afweging's outcome.
    ///
    /// Where the answers end the afwegingskader, its outcome is the next step (report,
    /// unless step 5 is done; or close). Otherwise the first step in the card's order
    /// that is not begun (step 4: not concluded), never one before a step marked done:
    /// steps can be marked in any order, and pointing back would contradict them.
    pub fn next_step(&self, kader: &Afwegingskader) -> NextStep {
        let walk = self.afweging_walk(kader);
        let report_done = self.step_status(REPORT_STEP) == StepStatus::Done;
        let acute = walk.says_unsafe() && !report_done;
        let step = match walk.end.map(|end| end.kind) {
            Some(OutcomeKind::Report) if report_done => None,
            Some(OutcomeKind::Report) => Some(Guidance::Report),
            Some(OutcomeKind::Close) => Some(Guidance::Close),
            _ => self.next_by_steps(kader, &walk),
        };
        NextStep { step, acute }
    }

    fn next_by_steps(
        &self,
        kader: &Afwegingskader,
        walk: &super::AfwegingWalk<'_>,
    ) -> Option<Guidance> {
        let state = |step: u8| self.step_state(step, kader);
        let furthest_done = (1..=REPORT_STEP)
            .rev()
            .find(|&step| state(step) == StepStatus::Done)
            .unwrap_or(0);
        let open_question = walk
            .questions
            .iter()
            .find(|q| q.answer.is_none())
            .map(|q| q.question.number);
        let candidates = [
            (self.signals.is_empty() && state(1) != StepStatus::Done)
                .then_some(Guidance::MapSignals),
            (state(2) == StepStatus::NotStarted).then_some(Guidance::ConsultColleague),
            (state(3) == StepStatus::NotStarted).then_some(Guidance::TalkIfPossible),
            (state(WEIGHING_STEP) != StepStatus::Done).then_some(Guidance::Weigh),
            open_question.map(Guidance::Continue),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|item| item.step().unwrap_or(REPORT_STEP) > furthest_done)
    }
}

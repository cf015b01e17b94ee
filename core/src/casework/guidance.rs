//! What the card says to do next, derived from a case's state.
//!
//! Each item points at a step of the meldcode, so the view shows the card's own words
//! for it; the order follows the card. Nothing here weighs the person: it only reads
//! which steps the professional has marked.

use super::{Case, StepStatus};
use crate::content::{Afwegingskader, OutcomeKind};

/// A pointer to the next thing the meldcode asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Guidance {
    /// Nothing observed yet: step 1, map the signals.
    MapSignals,
    /// Signals observed, step 2 not started: consult a colleague.
    ConsultColleague,
    /// Step 2 under way, step 3 not started: talk with the person if possible.
    TalkIfPossible,
    /// Step 2 under way, nothing weighed yet: step 4, with the afwegingskader.
    Weigh,
    /// The professional's afwegingskader answers lead to reporting, and step 5 is not
    /// done: step 5, report to Veilig Thuis.
    Report,
}

impl Guidance {
    /// The meldcode step whose words the view shows for this item.
    pub fn step(self) -> u8 {
        match self {
            Guidance::MapSignals => 1,
            Guidance::ConsultColleague => 2,
            Guidance::TalkIfPossible => 3,
            Guidance::Weigh => 4,
            Guidance::Report => 5,
        }
    }
}

impl Case {
    /// What the meldcode asks next, in the card's order.
    pub fn guidance(&self, kader: &Afwegingskader) -> Vec<Guidance> {
        let started = |step: u8| self.step_status(step) != StepStatus::NotStarted;
        let mut out = Vec::new();
        if self.signals.is_empty() && self.step_status(1) != StepStatus::Done {
            out.push(Guidance::MapSignals);
        }
        if !self.signals.is_empty() && !started(2) {
            out.push(Guidance::ConsultColleague);
        }
        if started(2) && !started(3) {
            out.push(Guidance::TalkIfPossible);
        }
        if started(2) && !started(4) && self.answers.is_empty() {
            out.push(Guidance::Weigh);
        }
        let leads_to_report = self
            .afweging_walk(kader)
            .end
            .is_some_and(|end| end.kind == OutcomeKind::Report);
        if leads_to_report && self.step_status(5) != StepStatus::Done {
            out.push(Guidance::Report);
        }
        // Steps can be marked in any order; once one is done, pointing back at an
        // earlier step would contradict the progress the professional recorded.
        let furthest_done = (1..=5)
            .rev()
            .find(|&step| self.step_status(step) == StepStatus::Done)
            .unwrap_or(0);
        out.retain(|item| item.step() > furthest_done);
        out
    }
}

//! The meldcode's afwegingskader: not on the card, offered as support at steps 4 and 5.

use serde::Deserialize;

use super::Source;

/// The five questions of the afwegingskader, with their source.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Afwegingskader {
    /// The section heading.
    pub heading: String,
    /// Says what this is, where it comes from and that the professional decides.
    pub label: String,
    /// The five questions in order.
    pub questions: Vec<AfwegingQuestion>,
    /// Where the questions and outcomes come from.
    pub source: Source,
}

/// One question of the afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AfwegingQuestion {
    /// 1 to 5.
    pub number: u8,
    /// A short name of the question.
    pub topic: String,
    /// The question the professional answers.
    pub text: String,
    /// What the meldcode says follows from "yes".
    pub if_yes: Outcome,
    /// What the meldcode says follows from "no".
    pub if_no: Outcome,
}

/// What the meldcode says follows from an answer, in its own words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The meldcode's words.
    pub text: String,
    /// The kind of outcome, so the app can tell when the framework ends.
    pub kind: OutcomeKind,
}

/// The kind of an afwegingskader outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// Go on with the next question.
    Next,
    /// Report to Veilig Thuis.
    Report,
    /// Offer or organise help, and go on with the next question.
    Help,
    /// Close and record.
    Close,
}

impl OutcomeKind {
    /// Whether the next question still applies after this outcome.
    pub fn continues(self) -> bool {
        matches!(self, OutcomeKind::Next | OutcomeKind::Help)
    }
}

//! The professional's answers to the afwegingskader, and what the meldcode says follows.

use chrono::{DateTime, Utc};

use super::Case;
use super::steps::{StepStatus, WEIGHING_STEP};
use crate::content::{AfwegingQuestion, Afwegingskader, Outcome, OutcomeKind};

/// The professional's answer to an afwegingskader question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
}

/// An answer with the time it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerRecord {
    /// The answer.
    pub answer: Answer,
    /// When it was given.
    pub answered_at: DateTime<Utc>,
}

/// One question on the path through the afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkedQuestion<'a> {
    /// The question.
    pub question: &'a AfwegingQuestion,
    /// The professional's answer, if given.
    pub answer: Option<AnswerRecord>,
    /// What the meldcode says follows from that answer, in its words.
    pub outcome: Option<&'a Outcome>,
}

/// The path through the afwegingskader that the answers so far lead along.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfwegingWalk<'a> {
    /// The questions on the path, in order: every answered one, then the first open one.
    pub questions: Vec<WalkedQuestion<'a>>,
    /// Where the path ends, if an answer ended it (a report or closing the case).
    pub end: Option<&'a Outcome>,
}

impl Case {
    /// Follows the afwegingskader with this case's answers. Questions after an outcome
    /// that ends the path are not on it; their answers stay recorded in case an earlier
    /// answer changes back.
    pub fn afweging_walk<'a>(&self, kader: &'a Afwegingskader) -> AfwegingWalk<'a> {
        let mut questions = Vec::new();
        for question in &kader.questions {
            let answer = self.answers.get(&question.number).copied();
            let outcome = answer.map(|a| match a.answer {
                Answer::Yes => &question.if_yes,
                Answer::No => &question.if_no,
            });
            questions.push(WalkedQuestion {
                question,
                answer,
                outcome,
            });
            match outcome {
                None => {
                    return AfwegingWalk {
                        questions,
                        end: None,
                    };
                }
                Some(outcome) if !outcome.kind.continues() => {
                    return AfwegingWalk {
                        questions,
                        end: Some(outcome),
                    };
                }
                Some(_) => {}
            }
        }
        let end = questions.last().and_then(|q| q.outcome);
        AfwegingWalk { questions, end }
    }
}

impl AfwegingWalk<'_> {
    /// Where the card's step 4 stands by these answers. The card's step 4 is "Maak een
    /// weging of hier sprake is van structurele of acute onveiligheid", and the
    /// afwegingskader is the meldcode's tool for it: any answer means the weging is
    /// under way; it is concluded once the question on acute or structural unsafety (the
    /// first whose "yes" is a report) is answered, or an earlier answer ended the path
    /// (no suspicion: close). The questions after it (own help, its acceptance and
    /// result) are the help of step 5, "organiseer hulpverlening".
    pub fn weighing_status(&self) -> StepStatus {
        let answered = self.questions.iter().filter(|q| q.answer.is_some());
        let mut any = false;
        for walked in answered {
            any = true;
            if walked.question.if_yes.kind == OutcomeKind::Report {
                return StepStatus::Done;
            }
        }
        match (any, self.end) {
            (true, Some(_)) => StepStatus::Done,
            (true, None) => StepStatus::InProgress,
            (false, _) => StepStatus::NotStarted,
        }
    }

    /// Whether the professional's answers say there is acute or structural unsafety:
    /// the unsafety question (the first whose "yes" is a report) answered yes, on the
    /// path. The afwegingskader asks both in one question, so the app cannot tell acute
    /// from structural; the case then leads with what to do if it is acute.
    pub fn says_unsafe(&self) -> bool {
        self.questions
            .iter()
            .find(|q| q.question.if_yes.kind == OutcomeKind::Report)
            .is_some_and(|q| q.answer.is_some_and(|a| a.answer == Answer::Yes))
    }
}

impl Case {
    /// Where `step` stands, as the case records it: the weging step follows the
    /// afwegingskader answers where they are further than the status marked by hand.
    pub fn step_state(&self, step: u8, kader: &Afwegingskader) -> StepStatus {
        let marked = self.step_status(step);
        if step == WEIGHING_STEP {
            marked.max(self.afweging_walk(kader).weighing_status())
        } else {
            marked
        }
    }
}

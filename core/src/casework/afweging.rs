//! The professional's answers to the afwegingskader, and what the meldcode says follows.

use chrono::{DateTime, Utc};

use super::Case;
use crate::content::{AfwegingQuestion, Afwegingskader, Outcome};

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

//! The one error type of casework: input the user or the shell got wrong.

use thiserror::Error;

/// A refused casework change. Nothing was changed; every variant says what the caller
/// should do.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CaseworkError {
    /// The case label is empty after trimming. Ask for a short label.
    #[error("the case label is empty")]
    EmptyLabel,
    /// The case label is longer than the maximum. Ask for a shorter label.
    #[error("the case label is longer than {max} characters")]
    LabelTooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// The label contains line breaks or other control characters. Ask for one line.
    #[error("the case label must be a single line of text")]
    LabelNotOneLine,
    /// A remark is longer than the maximum. Ask for a shorter remark (or use a note).
    #[error("the remark is longer than {max} characters")]
    RemarkTooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// An advice line is longer than the maximum. Ask for a shorter line (or use a note).
    #[error("the advice is longer than {max} characters")]
    AdviceTooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// The advice has line breaks or other control characters. Ask for one line.
    #[error("the advice must be a single line of text")]
    AdviceNotOneLine,
    /// Advice was given at a step where the card names no one to consult. Refresh the
    /// view.
    #[error("step {0} names no one to consult")]
    NoConsultationAt(u8),
    /// The signal id is not on the card (a stale or forged event). Refresh the view.
    #[error("unknown signal {0:?}")]
    UnknownSignal(String),
    /// A remark was given for a signal that is not observed in this case. Tick it first.
    #[error("signal {0:?} is not observed in this case")]
    SignalNotObserved(String),
    /// The moment a signal was seen lies after now. Ask for an earlier moment.
    #[error("a signal cannot be seen in the future")]
    SeenInFuture,
    /// The moment a signal was seen lies after it was recorded (ticked). Ask for an
    /// earlier moment.
    #[error("a signal cannot be seen after it was recorded")]
    SeenAfterRecorded {
        /// When it was recorded.
        recorded_at: chrono::DateTime<chrono::Utc>,
    },
    /// The meldcode has no such step. Refresh the view.
    #[error("the meldcode has no step {0}")]
    UnknownStep(u8),
    /// The card does not name this expert at this step. Refresh the view.
    #[error("step {step} names no expert {expert:?}")]
    UnknownExpert {
        /// The step.
        step: u8,
        /// The expert id that was sent.
        expert: String,
    },
    /// The afwegingskader has no such question. Refresh the view.
    #[error("the afwegingskader has no question {0}")]
    UnknownQuestion(u8),
}

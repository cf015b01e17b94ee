//! Casework: cases, the signals observed in them, meldcode step progress and
//! afwegingskader answers. Pure logic over the content; no I/O, time comes in as an
//! argument.
//!
//! The app supports the professional's judgement and never scores a person: it counts
//! what was observed and shows what the meldcode says, nothing more.

mod afweging;
mod case;
mod error;
mod guidance;
mod label;
mod note_kind;
mod steps;

pub use afweging::{AfwegingWalk, Answer, AnswerRecord, WalkedQuestion};
pub(crate) use case::takes_advice;
pub use case::{Case, CaseId, MAX_REMARK_CHARS, ObservedSignal, SignalToggle};
pub use error::CaseworkError;
pub use guidance::{Guidance, NextStep};
pub use label::{CaseLabel, MAX_LABEL_CHARS};
pub use note_kind::NoteKind;
pub use steps::{MAX_ADVICE_CHARS, REPORT_STEP, StepProgress, StepStatus, WEIGHING_STEP};

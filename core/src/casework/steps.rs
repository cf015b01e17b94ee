//! Progress through the meldcode's steps.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StepStatus {
    /// Not begun.
    #[default]
    NotStarted,
    /// Begun, not finished.
    InProgress,
    /// Finished.
    Done,
}

impl StepStatus {
    /// The stored code of the status.
    pub fn code(self) -> &'static str {
        match self {
            StepStatus::NotStarted => "not_started",
            StepStatus::InProgress => "in_progress",
            StepStatus::Done => "done",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "not_started" => Some(StepStatus::NotStarted),
            "in_progress" => Some(StepStatus::InProgress),
            "done" => Some(StepStatus::Done),
            _ => None,
        }
    }
}

/// The progress of one step in one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepProgress {
    /// Where the step stands.
    pub status: StepStatus,
    /// When the status or the consulted experts last changed.
    pub changed_at: DateTime<Utc>,
    /// Ids of the experts named at this step that were consulted.
    pub consulted: BTreeSet<String>,
}

impl StepProgress {
    pub(super) fn new(now: DateTime<Utc>) -> Self {
        Self {
            status: StepStatus::NotStarted,
            changed_at: now,
            consulted: BTreeSet::new(),
        }
    }
}

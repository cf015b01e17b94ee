//! Progress through the meldcode's steps.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, Utc};

/// The longest advice line recorded at a consultation step: one line, longer text
/// belongs in a note.
pub const MAX_ADVICE_CHARS: usize = 200;

/// The meldcode step at which the professional reports: the card's step 5, "Meld bij
/// Veilig Thuis en organiseer hulpverlening". Its experts are whom the report goes to.
pub const REPORT_STEP: u8 = 5;

/// The meldcode step of the weging: the card's step 4, "Maak een weging of hier sprake
/// is van structurele of acute onveiligheid", which the afwegingskader carries out.
pub const WEIGHING_STEP: u8 = 4;

/// Where a step stands, in the order a step moves through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
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

/// The progress of one step in one case: what the meldcode asks to document of it.
#[derive(Clone, PartialEq, Eq)]
pub struct StepProgress {
    /// Where the step stands.
    pub status: StepStatus,
    /// When the status, the consulted experts or the advice last changed.
    pub changed_at: DateTime<Utc>,
    /// Ids of the experts named at this step that were consulted (at the reporting
    /// step: reported to).
    pub consulted: BTreeSet<String>,
    /// When each consulted expert was marked consulted. An expert marked before the
    /// app recorded this (schema v4) has no entry: the time is not known.
    pub consulted_at: BTreeMap<String, DateTime<Utc>>,
    /// The advice received, in one line of the professional's own.
    pub advice: Option<String>,
}

/// The advice is case data: `Debug` never shows it.
impl fmt::Debug for StepProgress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StepProgress")
            .field("status", &self.status)
            .field("changed_at", &self.changed_at)
            .field("consulted", &self.consulted.len())
            .field("has_advice", &self.advice.is_some())
            .finish()
    }
}

impl StepProgress {
    pub(super) fn new(now: DateTime<Utc>) -> Self {
        Self {
            status: StepStatus::NotStarted,
            changed_at: now,
            consulted: BTreeSet::new(),
            consulted_at: BTreeMap::new(),
            advice: None,
        }
    }

    /// Whether nothing is recorded but the status: a not-started step like this is no
    /// record at all.
    pub(super) fn is_bare(&self) -> bool {
        self.consulted.is_empty() && self.advice.is_none()
    }
}

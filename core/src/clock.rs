//! Time, injected so that tests can move it.

use std::sync::Mutex;

use chrono::{DateTime, Duration, FixedOffset, Local, Offset, Utc};

/// A source of the current time.
///
/// The core never reads the system clock directly: retention, auto-lock and the
/// times on observed signals all go through this trait.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// `at` in the user's local time, for display and exports.
    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset>;
}

/// The system clock, for the apps.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&Local).fixed_offset()
    }
}

/// A clock that only moves when told to, for tests and reproducible previews.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    offset: FixedOffset,
}

impl ManualClock {
    /// A clock standing at `start`, showing local time as UTC.
    pub fn new(start: DateTime<Utc>) -> Self {
        Self::with_offset(start, Utc.fix())
    }

    /// A clock standing at `start`, showing local time at a fixed `offset`.
    pub fn with_offset(start: DateTime<Utc>, offset: FixedOffset) -> Self {
        Self {
            now: Mutex::new(start),
            offset,
        }
    }

    /// Moves the clock forward (or back, with a negative duration).
    pub fn advance(&self, by: Duration) {
        let mut now = self
            .now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *now += by;
    }

    /// Sets the clock to `to`.
    pub fn set(&self, to: DateTime<Utc>) {
        *self
            .now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&self.offset)
    }
}

//! Time from the platform, as a foreign trait: for tests and reproducible screenshots.
//! The apps use the system clock ([`super::Core::new`]).

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Offset, Utc};

use crate::Clock;
use crate::clock::SinceBoot;

/// A clock the shell provides: the current instant and the local offset from UTC.
///
/// Implementations must not throw: these methods have no error to report, so an
/// exception becomes a panic in the core. The call that read the clock then answers
/// with the view as it stands and a notice (rule 5 of the store protocol on `Core`);
/// the core itself keeps working.
#[uniffi::export(with_foreign)]
pub trait PlatformClock: Send + Sync {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    fn now_unix_millis(&self) -> i64;
    /// The local time zone's offset from UTC, in seconds east, at the instant
    /// `at_unix_millis` (it changes with daylight saving time).
    fn utc_offset_seconds(&self, at_unix_millis: i64) -> i32;
    /// Milliseconds since the device booted, counting sleep (Android
    /// `SystemClock.elapsedRealtime()`, Darwin `CLOCK_MONOTONIC`): setting the wall clock
    /// never moves it. Negative: the platform has no such clock.
    fn since_boot_millis(&self) -> i64;
}

/// The shell's clock as the core's [`Clock`]. Out-of-range values fall back to the
/// system clock and UTC rather than panicking.
pub(crate) struct ForeignClock(pub(crate) Arc<dyn PlatformClock>);

impl Clock for ForeignClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0.now_unix_millis()).unwrap_or_else(Utc::now)
    }

    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(self.0.utc_offset_seconds(at.timestamp_millis()))
            .unwrap_or_else(|| Utc.fix());
        at.with_timezone(&offset)
    }

    fn since_boot(&self) -> Option<SinceBoot> {
        u64::try_from(self.0.since_boot_millis())
            .ok()
            .map(SinceBoot::from_millis)
    }
}

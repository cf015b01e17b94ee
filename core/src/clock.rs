//! Time, injected so that tests can move it.

use std::sync::Mutex;

use chrono::{DateTime, Duration, FixedOffset, Local, Offset, Utc};

/// Time since the device started, counting sleep: it never jumps when someone sets the
/// wall clock, and starts again from zero after a reboot.
pub type SinceBoot = std::time::Duration;

/// A source of the current time.
///
/// The core never reads the system clock directly: retention, auto-lock and the
/// times on observed signals all go through this trait.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// `at` in the user's local time, for display and exports.
    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset>;

    /// The time since boot, for waiting times that setting the wall clock must not
    /// shorten; `None` where the platform has no such clock.
    fn since_boot(&self) -> Option<SinceBoot>;
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

    fn since_boot(&self) -> Option<SinceBoot> {
        boot_clock()
    }
}

/// Linux and Android: `CLOCK_BOOTTIME` counts suspend, `CLOCK_MONOTONIC` does not.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn boot_clock() -> Option<SinceBoot> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    Some(SinceBoot::new(
        u64::try_from(t.tv_sec).ok()?,
        u32::try_from(t.tv_nsec).ok()?,
    ))
}

/// Darwin's `CLOCK_MONOTONIC` keeps counting while the device sleeps.
#[cfg(target_vendor = "apple")]
fn boot_clock() -> Option<SinceBoot> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
    Some(SinceBoot::new(
        u64::try_from(t.tv_sec).ok()?,
        u32::try_from(t.tv_nsec).ok()?,
    ))
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn boot_clock() -> Option<SinceBoot> {
    None
}

/// A clock that only moves when told to, for tests and reproducible previews.
///
/// It has two hands, as a phone has: the wall clock, which the user can set
/// ([`ManualClock::set`], [`ManualClock::jump`]), and the time since boot, which only
/// time passing moves ([`ManualClock::advance`]) and a reboot resets.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<(DateTime<Utc>, SinceBoot)>,
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
            // A phone that has been on for a day.
            now: Mutex::new((start, SinceBoot::from_secs(86_400))),
            offset,
        }
    }

    fn hands(&self) -> std::sync::MutexGuard<'_, (DateTime<Utc>, SinceBoot)> {
        self.now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Lets time pass: both hands move. A negative duration sets the wall clock back
    /// (as [`ManualClock::jump`]); the time since boot never goes back.
    pub fn advance(&self, by: Duration) {
        let mut hands = self.hands();
        hands.0 += by;
        if let Ok(passed) = by.to_std() {
            hands.1 += passed;
        }
    }

    /// Sets the wall clock by `by` (a user changing the time): the time since boot
    /// stays where it is.
    pub fn jump(&self, by: Duration) {
        self.hands().0 += by;
    }

    /// Sets the wall clock to `to`; the time since boot stays where it is.
    pub fn set(&self, to: DateTime<Utc>) {
        self.hands().0 = to;
    }

    /// A reboot: the time since boot starts again from a few seconds.
    pub fn reboot(&self) {
        self.hands().1 = SinceBoot::from_secs(30);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.hands().0
    }

    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&self.offset)
    }

    fn since_boot(&self) -> Option<SinceBoot> {
        Some(self.hands().1)
    }
}

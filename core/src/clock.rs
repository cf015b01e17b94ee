//! Time, injected so that tests can move it.

use std::sync::Mutex;

use chrono::{DateTime, Datelike, Duration, FixedOffset, Local, NaiveDate, Offset, Utc, Weekday};

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
    zone: Zone,
}

/// How a [`ManualClock`] shows local time.
#[derive(Debug, Clone, Copy)]
enum Zone {
    Fixed(FixedOffset),
    /// Europe/Amsterdam: UTC+1, and UTC+2 from the last Sunday of March to the last
    /// Sunday of October, changing at 01:00 UTC (the EU rule since 1996).
    CentralEurope,
}

impl Zone {
    fn offset_at(self, at: DateTime<Utc>) -> FixedOffset {
        match self {
            Zone::Fixed(offset) => offset,
            Zone::CentralEurope => {
                let year = at.year();
                let summer = last_sunday_0100_utc(year, 3)..last_sunday_0100_utc(year, 10);
                let hours = if summer.contains(&at) { 2 } else { 1 };
                FixedOffset::east_opt(hours * 3600).unwrap_or(Utc.fix())
            }
        }
    }
}

/// 01:00 UTC on the last Sunday of `month` in `year`.
fn last_sunday_0100_utc(year: i32, month: u32) -> DateTime<Utc> {
    let last = (25..=31)
        .rev()
        .filter_map(|day| NaiveDate::from_ymd_opt(year, month, day))
        .find(|d| d.weekday() == Weekday::Sun);
    last.and_then(|d| d.and_hms_opt(1, 0, 0))
        .map_or(DateTime::<Utc>::MIN_UTC, |t| t.and_utc())
}

impl ManualClock {
    /// A clock standing at `start`, showing local time as UTC.
    pub fn new(start: DateTime<Utc>) -> Self {
        Self::with_offset(start, Utc.fix())
    }

    /// A clock standing at `start`, showing local time at a fixed `offset`.
    pub fn with_offset(start: DateTime<Utc>, offset: FixedOffset) -> Self {
        Self::in_zone(start, Zone::Fixed(offset))
    }

    /// A clock standing at `start`, showing local time as in Amsterdam, summer time
    /// included: for the days the clocks change.
    pub fn in_amsterdam(start: DateTime<Utc>) -> Self {
        Self::in_zone(start, Zone::CentralEurope)
    }

    fn in_zone(start: DateTime<Utc>, zone: Zone) -> Self {
        Self {
            // A phone that has been on for a day.
            now: Mutex::new((start, SinceBoot::from_secs(86_400))),
            zone,
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
        at.with_timezone(&self.zone.offset_at(at))
    }

    fn since_boot(&self) -> Option<SinceBoot> {
        Some(self.hands().1)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_amsterdam_clock_changes_at_one_utc_on_the_last_sundays_of_march_and_october() {
        let clock = ManualClock::in_amsterdam(Utc::now());
        let local = |y, m, d, h, min| {
            let at = Utc
                .with_ymd_and_hms(y, m, d, h, min, 0)
                .single()
                .expect("valid");
            clock.local(at).format("%d-%m %H:%M").to_string()
        };
        assert_eq!(local(2026, 3, 29, 0, 59), "29-03 01:59");
        assert_eq!(local(2026, 3, 29, 1, 0), "29-03 03:00");
        assert_eq!(local(2026, 10, 25, 0, 59), "25-10 02:59");
        assert_eq!(local(2026, 10, 25, 1, 0), "25-10 02:00");
        assert_eq!(local(2026, 12, 7, 12, 0), "07-12 13:00");
    }
}

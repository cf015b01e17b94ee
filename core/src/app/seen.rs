//! When a signal was seen, as the user says it on the signal's screen: at the tick,
//! earlier today, yesterday or on another day, at a time of day in local time. The
//! relative choices are fixed to a date the moment they are made, so a choice made
//! before midnight (or before a lock) still means the day it meant.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::SeenChoice;
use super::route::Draft;
use crate::Clock;
use crate::casework::ObservedSignal;

/// Why the moment typed cannot be read. Nothing is saved while one holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SeenError {
    /// The date is not a date (dd-mm-jjjj), or before the year 2000.
    DateInvalid,
    /// No time of day was given.
    TimeMissing,
    /// The time of day is not one (uu:mm).
    TimeInvalid,
    /// The local time does not exist: the hour skipped when summer time starts.
    TimeSkipped,
}

/// The choice on the signal's screen.
#[derive(Default)]
pub(crate) struct SeenEditor {
    pub when: SeenChoice,
    /// The day, as the user reads it; filled in by "earlier today" and "yesterday".
    pub date: Draft,
    /// The time of day, `uu:mm`.
    pub time: Draft,
}

impl SeenEditor {
    /// The editor as `observed` stands: at the tick if it was seen then, else the day
    /// and time it was seen, named as today or yesterday where they are.
    pub fn of(
        observed: &ObservedSignal,
        clock: &dyn Clock,
        date_text: &dyn Fn(NaiveDate) -> String,
    ) -> Self {
        if observed.seen_at() == observed.recorded_at() {
            return Self::default();
        }
        let seen = clock.local(observed.seen_at());
        let day = seen.date_naive();
        let today = clock.local(clock.now()).date_naive();
        let when = if day == today {
            SeenChoice::EarlierToday
        } else if Some(day) == today.pred_opt() {
            SeenChoice::Yesterday
        } else {
            SeenChoice::OtherDay
        };
        Self {
            when,
            date: Draft::new(date_text(day)),
            time: Draft::new(seen.format("%H:%M").to_string()),
        }
    }

    /// Makes a choice; today and yesterday are fixed to their date now.
    pub fn choose(
        &mut self,
        when: SeenChoice,
        clock: &dyn Clock,
        date_text: &dyn Fn(NaiveDate) -> String,
    ) {
        let today = clock.local(clock.now()).date_naive();
        let day = match when {
            SeenChoice::EarlierToday => Some(today),
            SeenChoice::Yesterday => today.pred_opt(),
            SeenChoice::AtTick | SeenChoice::OtherDay => None,
        };
        if let Some(day) = day {
            self.date.set(date_text(day));
        }
        self.when = when;
    }

    /// The choice as the screen shows it: a today or yesterday that is no longer
    /// (midnight passed since) shows as another day, with its date.
    pub fn shown(&self, clock: &dyn Clock) -> SeenChoice {
        let today = clock.local(clock.now()).date_naive();
        let day = parse_date(&self.date.text).ok();
        match self.when {
            SeenChoice::EarlierToday if day != Some(today) => SeenChoice::OtherDay,
            SeenChoice::Yesterday if day != today.pred_opt() => SeenChoice::OtherDay,
            other => other,
        }
    }

    /// The moment chosen: `None` for the tick.
    pub fn resolve(&self, clock: &dyn Clock) -> Result<Option<DateTime<Utc>>, SeenError> {
        if self.when == SeenChoice::AtTick {
            return Ok(None);
        }
        let day = parse_date(&self.date.text)?;
        let time = parse_time(&self.time.text)?;
        to_utc(clock, day.and_time(time)).map(Some)
    }
}

/// `7-12-2026`, `07/12/2026` or `7.12.2026`: day, month, year.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, SeenError> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return Err(SeenError::DateInvalid);
    };
    let number = |s: &str| s.trim().parse::<u32>().map_err(|_| SeenError::DateInvalid);
    let year = i32::try_from(number(y)?).map_err(|_| SeenError::DateInvalid)?;
    if year < 2000 {
        return Err(SeenError::DateInvalid);
    }
    NaiveDate::from_ymd_opt(year, number(m)?, number(d)?).ok_or(SeenError::DateInvalid)
}

/// `9:05`, `09:05` or `09.05`: hours and minutes, on the 24-hour clock.
pub(crate) fn parse_time(text: &str) -> Result<NaiveTime, SeenError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(SeenError::TimeMissing);
    }
    let (h, m) = text.split_once([':', '.']).ok_or(SeenError::TimeInvalid)?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .ok_or(SeenError::TimeInvalid)
    };
    if m.len() != 2 {
        return Err(SeenError::TimeInvalid);
    }
    NaiveTime::from_hms_opt(number(h)?, number(m)?, 0).ok_or(SeenError::TimeInvalid)
}

/// The instant `local` names on the clock's local time. On the night summer time ends
/// the hour from 02:00 comes twice: the first is taken (the earlier moment never lies
/// in the future of the later). The hour skipped when it starts names no instant.
fn to_utc(clock: &dyn Clock, local: NaiveDateTime) -> Result<DateTime<Utc>, SeenError> {
    let guess = local.and_utc();
    // Every offset in force within a day either side: the zone's offsets near `local`.
    let offsets: Vec<FixedOffset> = [-26, -13, 0, 13, 26]
        .iter()
        .map(|h| *clock.local(guess + Duration::hours(*h)).offset())
        .collect();
    offsets
        .iter()
        .map(|offset| guess - Duration::seconds(i64::from(offset.local_minus_utc())))
        .filter(|at| clock.local(*at).naive_local() == local)
        .min()
        .ok_or(SeenError::TimeSkipped)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::ManualClock;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("valid")
    }

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid")
    }

    #[test]
    fn dates_and_times_read_as_a_dutch_professional_types_them_or_say_why_not() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).expect("valid");
        for text in [
            "7-12-2026",
            "07-12-2026",
            "07/12/2026",
            "7.12.2026",
            " 7-12-2026 ",
        ] {
            assert_eq!(parse_date(text), Ok(day), "{text}");
        }
        for text in [
            "",
            "7-12",
            "31-02-2026",
            "7-13-2026",
            "7-12-26",
            "x-12-2026",
            "7-12-1899",
        ] {
            assert_eq!(parse_date(text), Err(SeenError::DateInvalid), "{text:?}");
        }
        let time = NaiveTime::from_hms_opt(9, 5, 0).expect("valid");
        for text in ["9:05", "09:05", "09.05"] {
            assert_eq!(parse_time(text), Ok(time), "{text}");
        }
        assert_eq!(parse_time(" "), Err(SeenError::TimeMissing));
        for text in ["24:00", "9:5", "905", "9:65", "-1:00", "+9:05", "9:05:00"] {
            assert_eq!(parse_time(text), Err(SeenError::TimeInvalid), "{text:?}");
        }
    }

    #[test]
    fn on_the_days_the_clocks_change_a_skipped_time_is_refused_and_a_doubled_one_is_the_first() {
        let clock = ManualClock::in_amsterdam(utc(2026, 3, 29, 12, 0));
        assert_eq!(
            to_utc(&clock, local(2026, 3, 29, 2, 30)),
            Err(SeenError::TimeSkipped)
        );
        assert_eq!(
            to_utc(&clock, local(2026, 3, 29, 1, 59)),
            Ok(utc(2026, 3, 29, 0, 59))
        );
        assert_eq!(
            to_utc(&clock, local(2026, 3, 29, 3, 0)),
            Ok(utc(2026, 3, 29, 1, 0))
        );
        // 02:30 comes at 00:30 UTC (summer time) and again at 01:30 UTC.
        assert_eq!(
            to_utc(&clock, local(2026, 10, 25, 2, 30)),
            Ok(utc(2026, 10, 25, 0, 30))
        );
        assert_eq!(
            to_utc(&clock, local(2026, 7, 1, 10, 0)),
            Ok(utc(2026, 7, 1, 8, 0))
        );
        assert_eq!(
            to_utc(&clock, local(2026, 12, 7, 0, 0)),
            Ok(utc(2026, 12, 6, 23, 0))
        );
    }

    #[test]
    fn every_quarter_hour_of_an_amsterdam_year_reads_back_to_its_instant_the_doubled_hour_as_its_first()
     {
        let start = utc(2026, 1, 1, 0, 0);
        let clock = ManualClock::in_amsterdam(start);
        for quarter in 0..(366 * 24 * 4) {
            let at = start + Duration::minutes(15 * quarter);
            let local = clock.local(at).naive_local();
            let back = to_utc(&clock, local).expect("a time the clock showed exists");
            let first_of_two = back == at - Duration::hours(1);
            assert!(back == at || first_of_two, "{at} read back as {back}");
            assert_eq!(clock.local(back).naive_local(), local);
        }
    }
}

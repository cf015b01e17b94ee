//! Retention: cases expire a set number of days after their last change and are then
//! purged so that nothing of them remains in the files; never because of a clock that
//! jumped.

use chrono::{DateTime, Duration, Utc};
use rusqlite::OptionalExtension;

use super::cases::case_id;
use super::db::{Db, from_ns, to_ns};
use super::error::Result;
use crate::casework::CaseId;
use crate::clock::SinceBoot;

/// How far behind the latest time the vault saw a clock may be before it is doubted
/// (time synchronisation moves clocks by seconds, not by this).
const BEHIND_TOLERANCE: Duration = Duration::minutes(10);
/// How long the app may plausibly go unopened. After a reboot (when the time since boot
/// cannot vouch for the wall clock) a clock further ahead than this of the latest time
/// seen may be wrong; the user is asked before it purges anything.
const PLAUSIBLE_GAP: Duration = Duration::days(31);
/// How far, within one boot, the wall clock may move on beyond the time that passed by
/// the boot clock before it is doubted (synchronisation corrects by seconds).
const AHEAD_TOLERANCE: Duration = Duration::minutes(10);

/// What applying the retention period after an unlock came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetentionCheck {
    /// No case has expired.
    Nothing,
    /// `count` expired cases were purged; say so.
    Purged {
        /// How many cases.
        count: usize,
    },
    /// By the current clock `count` cases have expired, but the clock is doubtful:
    /// nothing was purged. Ask the user ("N casussen zijn verlopen — nu wissen?") and
    /// call [`super::Vault::purge_expired`] only if they agree.
    AskFirst {
        /// How many cases would be purged.
        count: usize,
        /// Why the clock is doubted.
        doubt: ClockDoubt,
    },
}

/// Why the device's clock is not trusted to purge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClockDoubt {
    /// Earlier than a time the vault already saw: it was set back, or was wrong then.
    Behind,
    /// After a reboot: further ahead of the latest time the vault saw than the app
    /// plausibly goes unopened.
    FarAhead,
    /// Within one boot: the wall clock moved on further than the time that passed since
    /// the vault last saw it, by the clock that counts since the device started. It was
    /// set forward (or the device restarted unnoticed: asking is then harmless).
    SetForward,
}

impl Db {
    /// The latest time the vault saw, with the time since boot then, if recorded.
    fn last_seen(&self) -> Result<Option<(DateTime<Utc>, Option<SinceBoot>)>> {
        let read = |key: &str| -> Result<Option<i64>> {
            Ok(self
                .conn
                .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                    row.get(0)
                })
                .optional()?)
        };
        let Some(ns) = read("last_seen_ns")? else {
            return Ok(None);
        };
        let boot = read("last_seen_boot_ms")?
            .and_then(|ms| u64::try_from(ms).ok())
            .map(SinceBoot::from_millis);
        Ok(Some((from_ns(ns), boot)))
    }

    /// Records `now` (and the time since boot) as the latest time seen: called only with
    /// a trusted clock, so it may also lower the record by the tolerance, or after the
    /// user confirmed the clock.
    pub(crate) fn saw(&self, now: DateTime<Utc>, since_boot: Option<SinceBoot>) -> Result<()> {
        let boot_ms = since_boot.and_then(|b| i64::try_from(b.as_millis()).ok());
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('last_seen_ns', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [to_ns(now)?],
        )?;
        match boot_ms {
            Some(ms) => self.conn.execute(
                "INSERT INTO settings (key, value) VALUES ('last_seen_boot_ms', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [ms],
            )?,
            None => self
                .conn
                .execute("DELETE FROM settings WHERE key = 'last_seen_boot_ms'", [])?,
        };
        Ok(())
    }

    /// Why the clock at `now` / `since_boot` is not trusted to purge, if it is not.
    fn clock_doubt(
        &self,
        now: DateTime<Utc>,
        since_boot: Option<SinceBoot>,
    ) -> Result<Option<ClockDoubt>> {
        let Some((seen, seen_boot)) = self.last_seen()? else {
            return Ok(None);
        };
        if now < seen - BEHIND_TOLERANCE {
            return Ok(Some(ClockDoubt::Behind));
        }
        let doubt = match (seen_boot, since_boot) {
            // The same boot: the time since boot says how much time really passed, so
            // a long absence is believed and a clock set forward is not.
            (Some(then), Some(now_boot)) if now_boot >= then => {
                let passed = Duration::from_std(now_boot - then).unwrap_or(Duration::MAX);
                let allowed = passed
                    .checked_add(&AHEAD_TOLERANCE)
                    .unwrap_or(Duration::MAX);
                (now - seen > allowed).then_some(ClockDoubt::SetForward)
            }
            // Rebooted since (the boot clock is behind), or no boot clock.
            _ => (now > seen + PLAUSIBLE_GAP).then_some(ClockDoubt::FarAhead),
        };
        Ok(doubt)
    }

    fn expired(&self, now: DateTime<Utc>) -> Result<usize> {
        let cutoff = self.cutoff(now)?;
        let count: i64 = self.conn.query_row(
            "SELECT count(*) FROM cases WHERE updated_at < ?1",
            [cutoff],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    fn cutoff(&self, now: DateTime<Utc>) -> Result<i64> {
        to_ns(now - Duration::days(i64::from(self.settings.retention_days)))
    }

    /// Purges by `now` if the clock is plausible against the latest time seen (by both
    /// clocks); otherwise only counts what it would purge.
    pub(crate) fn apply_retention(
        &mut self,
        now: DateTime<Utc>,
        since_boot: Option<SinceBoot>,
    ) -> Result<RetentionCheck> {
        let doubt = self.clock_doubt(now, since_boot)?;
        let count = self.expired(now)?;
        match (doubt, count) {
            (Some(doubt), 1..) => Ok(RetentionCheck::AskFirst { count, doubt }),
            // A doubtful clock is not recorded as seen: once corrected it must not
            // look set back.
            (Some(_), 0) => Ok(RetentionCheck::Nothing),
            (None, 0) => {
                self.saw(now, since_boot)?;
                Ok(RetentionCheck::Nothing)
            }
            (None, _) => Ok(RetentionCheck::Purged {
                count: self.purge_expired(now, since_boot)?,
            }),
        }
    }

    /// The cases that are not yet expired but will be within `within` of `now`, the
    /// soonest first; none while the clock is doubtful (a clock set forward would
    /// announce an erasure that is not due, and keeping a case would date its change in
    /// that future).
    pub(crate) fn expiring_within(
        &self,
        now: DateTime<Utc>,
        since_boot: Option<SinceBoot>,
        within: Duration,
    ) -> Result<Vec<CaseId>> {
        if self.clock_doubt(now, since_boot)?.is_some() {
            return Ok(Vec::new());
        }
        // Expiring at `updated_at + retention`: due by `now + within`, not yet by `now`.
        let from = self.cutoff(now)?;
        let until = self.cutoff(now + within)?;
        let mut statement = self.conn.prepare_cached(
            "SELECT id FROM cases WHERE updated_at >= ?1 AND updated_at <= ?2
             ORDER BY updated_at, id",
        )?;
        let ids = statement
            .query_map([from, until], |row| row.get::<_, Vec<u8>>(0))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        ids.into_iter().map(case_id).collect()
    }

    /// Dates the last change of each case in `ids` at `now`, in one transaction, so
    /// its retention starts again (the user chose to keep them). Returns how many were
    /// still there.
    pub(crate) fn keep_cases(&mut self, ids: &[CaseId], now: DateTime<Utc>) -> Result<usize> {
        let at = to_ns(now)?;
        let tx = self.conn.transaction()?;
        let mut kept = 0;
        for id in ids {
            kept += tx.execute(
                "UPDATE cases SET updated_at = max(updated_at, ?1) WHERE id = ?2",
                rusqlite::params![at, &id.as_bytes()[..]],
            )?;
        }
        tx.commit()?;
        Ok(kept)
    }

    /// Deletes the cases whose `updated_at` + retention lies before `now`, with their
    /// notes; then merges the FTS index and truncates the WAL, so deleted text is gone
    /// from every file (`secure_delete` has zeroed the freed pages). `now` is recorded
    /// as seen.
    pub(crate) fn purge_expired(
        &mut self,
        now: DateTime<Utc>,
        since_boot: Option<SinceBoot>,
    ) -> Result<usize> {
        let cutoff = self.cutoff(now)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM notes WHERE case_id IN (SELECT id FROM cases WHERE updated_at < ?1)",
            [cutoff],
        )?;
        let purged = tx.execute("DELETE FROM cases WHERE updated_at < ?1", [cutoff])?;
        if purged > 0 {
            tx.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')", [])?;
        }
        tx.commit()?;
        self.saw(now, since_boot)?;
        self.checkpoint()?;
        Ok(purged)
    }
}

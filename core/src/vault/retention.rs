//! Retention: cases expire a set number of days after their last change and are then
//! purged so that nothing of them remains in the files; never because of a clock that
//! jumped.

use chrono::{DateTime, Duration, Utc};
use rusqlite::OptionalExtension;

use super::db::{Db, from_ns, to_ns};
use super::error::Result;

/// How far behind the latest time the vault saw a clock may be before it is doubted
/// (time synchronisation moves clocks by seconds, not by this).
const BEHIND_TOLERANCE: Duration = Duration::minutes(10);
/// How long the app may plausibly go unopened. A clock further ahead than this of the
/// latest time seen may be wrong; the user is asked before it purges anything.
const PLAUSIBLE_GAP: Duration = Duration::days(31);

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
    /// Further ahead of the latest time the vault saw than the app plausibly goes
    /// unopened.
    FarAhead,
}

impl Db {
    /// The latest time the vault saw, if it recorded one.
    fn last_seen(&self) -> Result<Option<DateTime<Utc>>> {
        let ns: Option<i64> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'last_seen_ns'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        Ok(ns.map(from_ns))
    }

    /// Records `now` as the latest time seen (called only with a trusted clock, so it may
    /// also lower the record by the tolerance, or after the user confirmed the clock).
    fn saw(&self, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('last_seen_ns', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [to_ns(now)?],
        )?;
        Ok(())
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

    /// Purges by `now` if the clock is plausible against the latest time seen;
    /// otherwise only counts what it would purge.
    pub(crate) fn apply_retention(&mut self, now: DateTime<Utc>) -> Result<RetentionCheck> {
        let doubt = match self.last_seen()? {
            Some(seen) if now < seen - BEHIND_TOLERANCE => Some(ClockDoubt::Behind),
            Some(seen) if now > seen + PLAUSIBLE_GAP => Some(ClockDoubt::FarAhead),
            _ => None,
        };
        let count = self.expired(now)?;
        match (doubt, count) {
            (Some(doubt), 1..) => Ok(RetentionCheck::AskFirst { count, doubt }),
            // A doubtful clock is not recorded as seen: once corrected it must not
            // look set back.
            (Some(_), 0) => Ok(RetentionCheck::Nothing),
            (None, 0) => {
                self.saw(now)?;
                Ok(RetentionCheck::Nothing)
            }
            (None, _) => Ok(RetentionCheck::Purged {
                count: self.purge_expired(now)?,
            }),
        }
    }

    /// Deletes the cases whose `updated_at` + retention lies before `now`, with their
    /// notes; then merges the FTS index and truncates the WAL, so deleted text is gone
    /// from every file (`secure_delete` has zeroed the freed pages). `now` is recorded
    /// as seen.
    pub(crate) fn purge_expired(&mut self, now: DateTime<Utc>) -> Result<usize> {
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
        self.saw(now)?;
        self.checkpoint()?;
        Ok(purged)
    }
}

//! Retention: cases expire a set number of days after their last change and are then
//! purged so that nothing of them remains in the files.

use chrono::{DateTime, Duration, Utc};

use super::db::{Db, to_ns};
use super::error::Result;

impl Db {
    /// Deletes the cases whose `updated_at` + retention lies before `now`, with their
    /// notes; then merges the FTS index and truncates the WAL, so deleted text is gone
    /// from every file (`secure_delete` has zeroed the freed pages).
    pub(crate) fn purge_expired(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let cutoff = to_ns(now - Duration::days(i64::from(self.settings.retention_days)))?;
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
        self.checkpoint()?;
        Ok(purged)
    }
}

//! Work in progress kept over a lock: what the user was typing or ticking when the
//! vault locked, encrypted with the rest, until the next unlock takes it back. (Its
//! table is called `drafts` since schema v3; a name on disk is not worth a migration.)

use rusqlite::{OptionalExtension, params};
use zeroize::Zeroizing;

use super::db::Db;
use super::error::Result;

impl Db {
    /// Keeps `body` under `kind`, replacing what was kept there.
    pub(crate) fn keep_work(&mut self, kind: &str, body: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO drafts (kind, body) VALUES (?1, ?2)
                 ON CONFLICT (kind) DO UPDATE SET body = excluded.body",
            )?
            .execute(params![kind, body])?;
        Ok(())
    }

    /// Takes what is kept under `kind` and deletes it, in one transaction: work
    /// comes back once.
    pub(crate) fn take_kept_work(&mut self, kind: &str) -> Result<Option<Zeroizing<String>>> {
        let tx = self.conn.transaction()?;
        let body: Option<String> = tx
            .prepare_cached("DELETE FROM drafts WHERE kind = ?1 RETURNING body")?
            .query_row([kind], |row| row.get(0))
            .optional()?;
        tx.commit()?;
        Ok(body.map(Zeroizing::new))
    }
}

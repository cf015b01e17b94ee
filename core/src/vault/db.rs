//! Opening the database: key, verification, pragmas, schema; time encoding.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use super::error::{Result, VaultError};
use super::keys::DataKey;
use super::schema;
use super::settings::VaultSettings;

/// An open database with the settings read from it.
pub(crate) struct Db {
    pub conn: Connection,
    pub settings: VaultSettings,
}

impl Db {
    /// Opens (or creates) the database at `path`. With `key` it is SQLCipher-encrypted;
    /// without, plain SQLite (benchmarks and the secure-delete test only).
    ///
    /// A wrong key is detected by the first read and reported as `Corrupt`; the file is
    /// then left exactly as it was.
    pub fn open(path: &Path, key: Option<&DataKey>) -> Result<Self> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        if let Some(key) = key {
            // The key must be the first statement on the connection.
            conn.execute_batch(&key.key_pragma())?;
        }
        // SQLCipher only notices a wrong key on the first read (SQLITE_NOTADB).
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
            row.get::<_, i64>(0)
        })
        .map_err(|e| match VaultError::from(e) {
            VaultError::Database(_) => VaultError::Corrupt { part: "database" },
            other => other,
        })?;
        if key.is_some() {
            // Wipes SQLCipher's freed memory. Process-wide, and costly: the benchmarks
            // measure open and search several times slower with it (see the report).
            conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
        }
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(VaultError::Corrupt { part: "database" });
        }
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = MEMORY;",
        )?;
        if key.is_some() {
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        }
        schema::migrate(&mut conn)?;
        let settings = VaultSettings::load(&conn)?;
        Ok(Self { conn, settings })
    }

    /// Moves the WAL into the database and truncates it to zero bytes, so deleted
    /// content no longer lingers in old WAL frames.
    pub fn checkpoint(&self) -> Result<()> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy != 0 {
            return Err(VaultError::Database(Box::new(
                rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some("checkpoint blocked".into()),
                ),
            )));
        }
        Ok(())
    }

    /// `PRAGMA integrity_check` and, when encrypted, `cipher_integrity_check`: the
    /// problems reported, empty if all is well.
    pub fn integrity_problems(&self, encrypted: bool) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        if encrypted {
            // Reports one row per failing page; no rows means every page's HMAC holds.
            let mut stmt = self.conn.prepare("PRAGMA cipher_integrity_check")?;
            for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
                problems.push(row?);
            }
        }
        Ok(problems)
    }
}

/// A time as stored: nanoseconds since the epoch, so `DateTime<Utc>` round-trips.
pub(crate) fn to_ns(at: DateTime<Utc>) -> Result<i64> {
    at.timestamp_nanos_opt().ok_or(VaultError::TimeOutOfRange)
}

/// A stored time.
pub(crate) fn from_ns(ns: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_nanos(ns)
}

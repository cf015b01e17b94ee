//! Opening the database: key, verification, pragmas, schema; time encoding.

use std::path::Path;
use std::sync::Once;

use chrono::{DateTime, Utc};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::error::{Result, VaultError, VaultPart};
use super::keys::DataKey;
use super::schema;
use super::settings::VaultSettings;

/// The database's page size in bytes.
const PAGE_SIZE: u32 = 1024;

/// An open database with the settings read from it.
pub(crate) struct Db {
    pub conn: Connection,
    pub settings: VaultSettings,
}

impl Db {
    /// Opens the database at `path`, creating it only if `create` (a new vault): an
    /// existing vault whose database is gone must say so, not start again empty. With
    /// `key` it is SQLCipher-encrypted; without, plain SQLite (benchmarks and the
    /// secure-delete test only).
    ///
    /// A wrong key is detected by the first read and reported as `Corrupt`; the file is
    /// then left exactly as it was.
    pub fn open(path: &Path, key: Option<&DataKey>, create: bool) -> Result<Self> {
        sqlcipher_initialised();
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        } else if !path.exists() {
            return Err(VaultError::Corrupt {
                part: VaultPart::MissingDatabase,
            });
        }
        let mut conn = Connection::open_with_flags(path, flags)?;
        // Until the caller has checked the database is the one it expects, closing must
        // not checkpoint: that would write a foreign or stale log into it.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        if let Some(key) = key {
            // The key must be the first statement on the connection.
            conn.execute_batch(&key.key_pragma())?;
            // Part of the database's format: it only opens with the settings it was
            // made with. Each page's HMAC is SHA-256 instead of SQLCipher 4's default
            // SHA-512: as strong for authenticating a page, and hardware-accelerated on
            // every ARMv8 phone core and on x86 with SHA-NI (SHA-512 is not). Pages of
            // 1 KiB: a note's insert rewrites about nine pages, each encrypted and
            // authenticated whole, so small pages cost less per write (measured against
            // 2 and 4 KiB; search is unchanged). Together they keep writes within the
            // budgets of 1.3x / 1.5x plain SQLite (benches/vault.rs, README "Measured").
            conn.execute_batch(&format!(
                "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;
                 PRAGMA cipher_page_size = {PAGE_SIZE};"
            ))?;
        } else {
            // The same page size for the plain comparison database: the same workload.
            conn.execute_batch(&format!("PRAGMA page_size = {PAGE_SIZE};"))?;
        }
        // SQLCipher only notices a wrong key on the first read (SQLITE_NOTADB).
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
            row.get::<_, i64>(0)
        })
        .map_err(|e| match VaultError::from(e) {
            VaultError::Database(_) => VaultError::Corrupt {
                part: VaultPart::Database,
            },
            other => other,
        })?;
        if key.is_some() {
            // Off, as decided (DESIGN.md "Vault"): on, it made search 7-11x slower and
            // its mlock fails under Android's small RLIMIT_MEMLOCK. Memory after a lock
            // is protected by closing the connection and zeroizing the core's keys and
            // case text. Process-wide in SQLCipher, so set on every open.
            conn.execute_batch("PRAGMA cipher_memory_security = OFF;")?;
        }
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(VaultError::Corrupt {
                part: VaultPart::Database,
            });
        }
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -16384;",
        )?;
        if key.is_some() {
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        }
        schema::migrate(&mut conn)?;
        let settings = VaultSettings::load(&conn)?;
        Ok(Self { conn, settings })
    }

    /// The database is the one the vault expects: closing it may checkpoint again.
    pub fn verified(self) -> Result<Self> {
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        Ok(self)
    }

    /// The number of unlocks this database has seen.
    pub fn generation(&self) -> Result<u64> {
        let stored: Option<i64> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'generation'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        u64::try_from(stored.unwrap_or(0)).map_err(|_| VaultError::Corrupt {
            part: VaultPart::Settings,
        })
    }

    /// When the most recently changed case last changed (a note's change touches its
    /// case), if there is one.
    pub fn newest_change(&self) -> Result<Option<DateTime<Utc>>> {
        let ns: Option<i64> =
            self.conn
                .query_row("SELECT max(updated_at) FROM cases", [], |row| row.get(0))?;
        Ok(ns.map(from_ns))
    }

    /// Counts one more unlock and returns the new count.
    pub fn next_generation(&self) -> Result<u64> {
        let next = self.generation()?.saturating_add(1);
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('generation', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [i64::try_from(next).unwrap_or(i64::MAX)],
        )?;
        Ok(next)
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

    /// Checks every page: `PRAGMA integrity_check` and, when encrypted,
    /// `cipher_integrity_check` (each page's HMAC). `Corrupt` (the database) if either
    /// reports a problem.
    pub fn check_pages(&self, encrypted: bool) -> Result<()> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
            if row? != "ok" {
                return Err(VaultError::Corrupt {
                    part: VaultPart::Database,
                });
            }
        }
        if encrypted {
            // Reports one row per failing page; no rows means every page's HMAC holds.
            let mut stmt = self.conn.prepare("PRAGMA cipher_integrity_check")?;
            if let Some(row) = stmt.query_map([], |row| row.get::<_, String>(0))?.next() {
                row?;
                return Err(VaultError::Corrupt {
                    part: VaultPart::Database,
                });
            }
        }
        Ok(())
    }
}

/// Makes sure SQLCipher has finished initialising before any database is keyed.
///
/// SQLite marks itself initialised and releases its init mutex *before* it runs
/// SQLCipher's own initialisation (`SQLITE_EXTRA_INIT`, SQLCipher 4.20). A second thread
/// whose first connection arrives in that window takes SQLite's fast path and keys its
/// database while SQLCipher is not ready: "An error occurred with PRAGMA key or rekey",
/// a new vault that cannot be created. (This was the suite's rare failure under load;
/// `tests/vault_threads.rs` widens the window to show it.) The process's first
/// connection is therefore made here, once, and every other open waits for it.
fn sqlcipher_initialised() {
    static READY: Once = Once::new();
    READY.call_once(|| {
        // Opening a connection runs the whole initialisation in this thread. Should it
        // fail, the real open below fails too, and says so.
        let _ = Connection::open_in_memory();
    });
}

/// A time as stored: nanoseconds since the epoch, so `DateTime<Utc>` round-trips.
pub(crate) fn to_ns(at: DateTime<Utc>) -> Result<i64> {
    at.timestamp_nanos_opt().ok_or(VaultError::TimeOutOfRange)
}

/// A stored time.
pub(crate) fn from_ns(ns: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_nanos(ns)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page format the vault depends on, checked where it runs (also as an arm64
    /// binary over the phone's OpenSSL, `scripts/test-arm64.sh`): every page encrypted,
    /// each with its own HMAC-SHA256, so one changed bit in any page is refused.
    #[test]
    fn each_page_is_encrypted_and_authenticated_with_hmac_sha256() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("vault.db");
        let key = DataKey::generate().expect("key");
        let db = Db::open(&path, Some(&key), true).expect("new database");
        db.conn
            .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (zeroblob(5000));")
            .expect("write");
        let read = |pragma: &str| -> String {
            db.conn
                .query_row(&format!("PRAGMA {pragma}"), [], |row| row.get(0))
                .expect(pragma)
        };
        assert_eq!(read("cipher_hmac_algorithm"), "HMAC_SHA256");
        assert_eq!(read("cipher_page_size"), PAGE_SIZE.to_string());
        db.check_pages(true).expect("an intact database passes");
        db.checkpoint().expect("checkpoint");
        drop(db);

        let mut bytes = std::fs::read(&path).expect("read");
        assert!(bytes.len() >= 4 * PAGE_SIZE as usize);
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "the file is not plain SQLite"
        );
        assert!(
            !bytes.windows(64).any(|w| w.iter().all(|&b| b == 0)),
            "the zero-filled row is nowhere in plain text"
        );
        // One bit in the middle of the third page, inside its ciphertext.
        bytes[2 * PAGE_SIZE as usize + 100] ^= 0x01;
        std::fs::write(&path, &bytes).expect("write back");
        let refused = Db::open(&path, Some(&key), false)
            .and_then(|db| db.check_pages(true).map(|()| db))
            .and_then(|db| {
                db.conn
                    .query_row("SELECT length(x) FROM t", [], |row| row.get::<_, i64>(0))
                    .map_err(VaultError::from)
            });
        assert!(refused.is_err(), "a changed page must not be read as valid");
    }
}

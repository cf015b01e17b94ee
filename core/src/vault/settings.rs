//! Vault settings: how long cases are kept, and how many wrong PINs erase the vault.

use std::ops::RangeInclusive;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension};

use super::error::{Result, VaultError, VaultPart};

/// Allowed retention periods in days.
pub const RETENTION_DAYS: RangeInclusive<u16> = 7..=365;
/// Allowed numbers of PIN attempts before the vault erases itself.
pub const MAX_ATTEMPTS: RangeInclusive<u32> = 3..=20;

/// The settings kept in the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VaultSettings {
    /// Days after its last change that a case expires and is purged (7..=365).
    pub retention_days: u16,
    /// Wrong PINs in a row after which the vault erases itself (3..=20). Stored in the
    /// header, since it must be known before unlocking.
    pub max_attempts: u32,
}

impl Default for VaultSettings {
    fn default() -> Self {
        Self {
            retention_days: 90,
            max_attempts: 10,
        }
    }
}

impl VaultSettings {
    /// When a case last changed at `updated_at` expires.
    pub fn expires_at(&self, updated_at: DateTime<Utc>) -> DateTime<Utc> {
        updated_at + Duration::days(i64::from(self.retention_days))
    }

    /// Refuses values outside the allowed ranges.
    pub fn check(&self) -> Result<()> {
        if !RETENTION_DAYS.contains(&self.retention_days) {
            return Err(VaultError::RetentionOutOfRange {
                min: *RETENTION_DAYS.start(),
                max: *RETENTION_DAYS.end(),
            });
        }
        if !MAX_ATTEMPTS.contains(&self.max_attempts) {
            return Err(VaultError::MaxAttemptsOutOfRange {
                min: *MAX_ATTEMPTS.start(),
                max: *MAX_ATTEMPTS.end(),
            });
        }
        Ok(())
    }

    /// Reads the settings kept in the database; `max_attempts` is filled in from the
    /// header by the vault.
    pub(crate) fn load(conn: &Connection) -> Result<Self> {
        let mut settings = Self::default();
        let stored: Option<i64> = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'retention_days'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(days) = stored {
            settings.retention_days = u16::try_from(days)
                .ok()
                .filter(|d| RETENTION_DAYS.contains(d))
                .ok_or(VaultError::Corrupt {
                    part: VaultPart::Settings,
                })?;
        }
        Ok(settings)
    }

    /// Stores the settings kept in the database.
    pub(crate) fn store(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('retention_days', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [i64::from(self.retention_days)],
        )?;
        Ok(())
    }
}

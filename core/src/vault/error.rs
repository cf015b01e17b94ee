//! The one error type of the vault: every failure the caller can act on, typed.
//!
//! `Display` never contains note text, labels, PINs or key bytes: only the kind of
//! failure and numbers. Database and I/O detail is kept as the `source`, for logs that
//! stay on the device.

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::biometric::{BiometricError, PinNeeded};
use super::key_wrapper::KeyWrapperError;

/// The part of the vault that is damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum VaultPart {
    /// The header: unreadable, edited, copied from another vault, or missing next to a
    /// database. Without it the database cannot be opened.
    #[error("header")]
    Header,
    /// The database file is missing next to its header.
    #[error("database missing")]
    MissingDatabase,
    /// The database: a page fails its check, or it is not this vault's.
    #[error("database")]
    Database,
    /// The settings in the database hold values the app never writes.
    #[error("settings")]
    Settings,
    /// The database is older than the one the vault last opened: a copy was put in its
    /// place. It is not opened further and nothing is written to it.
    #[error("database replaced by an older copy")]
    OlderDatabase,
    /// The database was written by a newer version of the app: update the app; the
    /// files are untouched.
    #[error("database of a newer app version")]
    NewerVersion,
}

/// A failed vault operation. Every variant says what the caller should do.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The PIN has fewer digits than allowed. Ask for a longer PIN.
    #[error("the PIN must have at least {min} digits")]
    PinTooShort {
        /// The fewest digits allowed.
        min: usize,
    },
    /// The PIN has more digits than allowed. Ask for a shorter PIN.
    #[error("the PIN must have at most {max} digits")]
    PinTooLong {
        /// The most digits allowed.
        max: usize,
    },
    /// The PIN contains something other than the digits 0 to 9. Ask for digits only.
    #[error("the PIN must consist of digits only")]
    PinNotDigits,
    /// The PIN is trivially guessable (one digit repeated, a run such as 123456, a
    /// repeated pair or triple). Ask for another PIN.
    #[error("the PIN is too easy to guess")]
    PinTooWeak,
    /// There is no vault yet (never created, or wiped). Offer to create one.
    #[error("no vault has been created")]
    NotCreated,
    /// `create` was called but a vault exists. Unlock it, or wipe it first.
    #[error("a vault already exists")]
    AlreadyCreated,
    /// `unlock` was called on an unlocked vault. Nothing to do.
    #[error("the vault is already unlocked")]
    AlreadyUnlocked,
    /// Another process of the app has this vault open (a second window, a second
    /// process): nothing was read or written. Say so; it can be tried again once the
    /// other one is closed.
    #[error("the vault is open in another process of the app")]
    InUse,
    /// The vault is locked: case data cannot be read or written. Ask for the PIN.
    #[error("the vault is locked")]
    Locked,
    /// Too many wrong PINs in a row: the next attempt is allowed at `retry_at`. Show
    /// the time; the attempt was not counted.
    #[error("too many wrong PINs; try again later")]
    TooSoon {
        /// When the next attempt is allowed.
        retry_at: DateTime<Utc>,
    },
    /// The PIN is wrong. Ask again and show how many attempts remain before the vault
    /// erases itself.
    #[error("wrong PIN; {attempts_left} attempts left")]
    WrongPin {
        /// Attempts left before the vault is erased.
        attempts_left: u32,
    },
    /// The last allowed attempt failed and the vault has erased itself (keys destroyed,
    /// files deleted). The status is now `NotCreated`; tell the user and offer to create
    /// a new vault.
    #[error("too many wrong PINs: the vault has been erased")]
    Wiped,
    /// The platform key that protects the vault failed. If it is gone for good
    /// ([`KeyWrapperError::KeyMissing`], [`KeyWrapperError::Rejected`]: device reset,
    /// keystore cleared, wrapped key damaged) the data cannot be opened on this device
    /// and only a wipe helps: say so. Otherwise ([`KeyWrapperError::Failed`]) retry,
    /// e.g. once the device is unlocked. Nothing was counted.
    #[error("the platform key protecting the vault is unavailable")]
    KeyUnavailable(#[source] KeyWrapperError),
    /// A vault file is damaged, edited, missing or not this vault's. Every file has been
    /// kept as it is and no attempt was counted. Say which part and that retrying cannot
    /// help; the way forward in the app is a wipe, after the files were reported.
    #[error("the vault is damaged ({part})")]
    Corrupt {
        /// Which part is damaged.
        part: VaultPart,
    },
    /// The case does not exist (deleted, purged, or a stale id). Refresh the view.
    #[error("no such case")]
    CaseNotFound,
    /// The note does not exist (deleted, purged, or a stale id). Refresh the view.
    #[error("no such note")]
    NoteNotFound,
    /// The note is empty after trimming. Ask for some text, or delete the note.
    #[error("the note is empty")]
    NoteEmpty,
    /// The note holds control characters other than line breaks and tabs: nothing is
    /// dropped silently, so ask for the text without them (the app replaces them with
    /// U+FFFD, visibly, as they are typed).
    #[error("the note holds control characters")]
    NoteNotPlainText,
    /// The note is longer than allowed. Ask to shorten or split it.
    #[error("the note is longer than {max} characters")]
    NoteTooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// The retention period is outside the allowed range. Offer a value within it.
    #[error("retention must be between {min} and {max} days")]
    RetentionOutOfRange {
        /// The fewest days allowed.
        min: u16,
        /// The most days allowed.
        max: u16,
    },
    /// The number of PIN attempts before erasure is outside the allowed range. Offer a
    /// value within it.
    #[error("the number of PIN attempts must be between {min} and {max}")]
    MaxAttemptsOutOfRange {
        /// The fewest attempts allowed.
        min: u32,
        /// The most attempts allowed.
        max: u32,
    },
    /// The biometric unlock may not stand in for the PIN now (the coercion rule, or it
    /// is off): show the PIN pad with the reason. Nothing was counted, written or
    /// prompted.
    #[error("the PIN is needed: {reason:?}")]
    PinNeeded {
        /// Why.
        reason: PinNeeded,
    },
    /// The platform's biometric did not release the key. Nothing was counted. Show the
    /// PIN pad with the reason worded for it; for
    /// [`BiometricError::KeyInvalidated`] the biometric wrap has been dropped (turned
    /// off): say so once.
    #[error("the biometric unlock did not open the vault")]
    Biometric(#[source] BiometricError),
    /// A time cannot be stored (before 1677 or after 2262). The clock is wrong; report.
    #[error("a time is outside the range the vault can store")]
    TimeOutOfRange,
    /// The operating system's random generator failed. Nothing was changed; retry, and
    /// report if it persists.
    #[error("the system random generator failed")]
    Random,
    /// Reading or writing a vault file failed (disk full, permissions). Nothing that
    /// was committed is lost; retry, and report if it persists.
    #[error("vault file access failed")]
    Io(#[source] std::io::Error),
    /// The database reported an unexpected error. Nothing that was committed is lost;
    /// report it.
    #[error("the vault database failed")]
    Database(#[source] Box<rusqlite::Error>),
}

impl From<std::io::Error> for VaultError {
    fn from(error: std::io::Error) -> Self {
        VaultError::Io(error)
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(error: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(failure, _) = &error {
            use rusqlite::ErrorCode;
            match failure.code {
                ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                    return VaultError::Corrupt {
                        part: VaultPart::Database,
                    };
                }
                ErrorCode::SystemIoFailure | ErrorCode::DiskFull | ErrorCode::CannotOpen => {
                    return VaultError::Io(std::io::Error::other(error));
                }
                _ => {}
            }
        }
        VaultError::Database(Box::new(error))
    }
}

/// The vault's result type.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;

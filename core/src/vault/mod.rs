//! The encrypted case vault: everything about cases (labels, ticked signals, step
//! progress, afwegingskader answers, notes) in one SQLCipher database.
//!
//! Key hierarchy: a random 32-byte data key opens the database (SQLCipher raw key, no
//! PBKDF2 on open). It is sealed with XChaCha20-Poly1305 under Argon2id(PIN) and that
//! seal is wrapped again by the platform's hardware key ([`KeyWrapper`]); both live in
//! the small `vault.header` file next to the database, with the failed-attempt counter.
//!
//! ```
//! use std::sync::Arc;
//! use signalenkaart_core::vault::{SoftwareKeyWrapper, Vault, VaultStatus};
//! use signalenkaart_core::casework::{Case, CaseLabel};
//! use signalenkaart_core::SystemClock;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! // Tests and the desktop preview only: phones pass their hardware keystore.
//! let keys = Arc::new(SoftwareKeyWrapper::new(&dir.path().join("keys"))?);
//! let mut vault = Vault::open(&dir.path().join("vault"), keys, Arc::new(SystemClock))?;
//! assert_eq!(vault.status(), VaultStatus::NotCreated);
//! vault.create("480271")?;
//! let case = Case::new(CaseLabel::new("gezin B.")?, chrono::Utc::now());
//! vault.save_case(&case)?;
//! vault.add_note(case.id, "Buurvrouw noemt nieuwe dure spullen.")?;
//! vault.lock();
//! assert!(vault.list_cases().is_err());
//! vault.unlock("480271")?;
//! assert_eq!(vault.list_cases()?[0].notes, 1);
//! # Ok(())
//! # }
//! ```

mod cases;
mod db;
mod error;
pub(crate) mod files;
mod header;
mod key_wrapper;
mod keys;
mod notes;
mod pin;
mod retention;
mod schema;
mod settings;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use zeroize::Zeroizing;

use crate::Clock;
use crate::casework::{Case, CaseId};
use db::Db;
use header::Header;

pub use cases::CaseListItem;
pub use error::{Result, VaultError};
pub use key_wrapper::{KeyWrapper, KeyWrapperError, SoftwareKeyWrapper};
pub use keys::{DataKey, KdfParams};
pub use notes::{MAX_NOTE_CHARS, Note, NoteHit, NoteId, SnippetPart};
pub use pin::{MAX_PIN_DIGITS, MIN_PIN_DIGITS, check_pin};
pub use settings::{MAX_ATTEMPTS, RETENTION_DAYS, VaultSettings};

/// Wrong PINs that cost no waiting time.
const FREE_ATTEMPTS: u32 = 3;
/// The first waiting time after the free attempts; it doubles with each failure.
const FIRST_DELAY_SECS: i64 = 30;
/// The longest waiting time between attempts.
const MAX_DELAY_SECS: i64 = 3600;

/// Where the vault stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VaultStatus {
    /// No vault exists (first run, or after a wipe). Offer to create one.
    NotCreated,
    /// The vault exists and needs the PIN.
    Locked {
        /// Wrong PINs in a row so far.
        failed_attempts: u32,
        /// Wrong PINs in a row that erase the vault.
        max_attempts: u32,
        /// When the next attempt is allowed, if that is in the future.
        retry_at: Option<DateTime<Utc>>,
    },
    /// The vault is open.
    Unlocked,
    /// The header is damaged. The files are kept; the app can only offer a wipe.
    Corrupt,
}

enum State {
    NotCreated,
    Corrupt,
    Locked(Header),
    /// `header` is `None` only for the unencrypted benchmark/test database.
    Unlocked {
        header: Option<Header>,
        db: Db,
    },
}

/// The outcome of a counted PIN check.
enum Verdict {
    Right(DataKey),
    Wrong { attempts_left: u32 },
    Exhausted,
}

/// The encrypted case vault in one directory. The app owns one; it is `Send` so the
/// FFI object can keep it in a `Mutex`.
///
/// While locked, every data operation returns [`VaultError::Locked`].
pub struct Vault {
    dir: PathBuf,
    keys: Arc<dyn KeyWrapper>,
    clock: Arc<dyn Clock>,
    state: State,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("status", &self.status())
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Opens the vault in `dir` (created if missing) without unlocking it: only the
    /// header is read.
    pub fn open(dir: &Path, keys: Arc<dyn KeyWrapper>, clock: Arc<dyn Clock>) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        let state = match Header::read(dir) {
            Ok(Some(header)) => State::Locked(header),
            Ok(None) => State::NotCreated,
            Err(VaultError::Corrupt { .. }) => State::Corrupt,
            Err(e) => return Err(e),
        };
        Ok(Self {
            dir: dir.to_owned(),
            keys,
            clock,
            state,
        })
    }

    /// Where the vault stands.
    pub fn status(&self) -> VaultStatus {
        match &self.state {
            State::NotCreated => VaultStatus::NotCreated,
            State::Corrupt => VaultStatus::Corrupt,
            State::Unlocked { .. } => VaultStatus::Unlocked,
            State::Locked(header) => VaultStatus::Locked {
                failed_attempts: header.failed_attempts,
                max_attempts: header.max_attempts,
                retry_at: header.retry_at.filter(|at| *at > self.clock.now()),
            },
        }
    }

    /// Creates a new, empty vault protected by `pin` and leaves it unlocked.
    pub fn create(&mut self, pin: &str) -> Result<()> {
        match self.state {
            State::NotCreated => {}
            State::Corrupt => return Err(VaultError::Corrupt { part: "header" }),
            _ => return Err(VaultError::AlreadyCreated),
        }
        check_pin(pin)?;
        let db_path = self.dir.join(files::DB);
        if db_path.exists() {
            // A database without a header cannot be opened by anyone: keep it for a
            // report, and let only a wipe clear it.
            return Err(VaultError::Corrupt { part: "header" });
        }
        let key = DataKey::generate()?;
        let header = Header::seal(
            &key,
            pin,
            &*self.keys,
            VaultSettings::default().max_attempts,
        )?;
        // Header first: a crash before the database exists leaves a vault that unlocks
        // to an empty database, never a database whose key is lost.
        header.write(&self.dir)?;
        let mut db = Db::open(&db_path, Some(&key))?;
        db.settings.max_attempts = header.max_attempts;
        self.state = State::Unlocked {
            header: Some(header),
            db,
        };
        Ok(())
    }

    /// Unlocks the vault with `pin`.
    ///
    /// The attempt is counted on disk before the PIN is checked, so killing the app
    /// during the check does not give a free guess. A PIN that breaks the PIN rules is
    /// refused without counting (it cannot be the right one). The database files are
    /// not opened, let alone written, unless the PIN is right.
    pub fn unlock(&mut self, pin: &str) -> Result<()> {
        let mut header = match &self.state {
            State::Locked(header) => header.clone(),
            State::NotCreated => return Err(VaultError::NotCreated),
            State::Corrupt => return Err(VaultError::Corrupt { part: "header" }),
            State::Unlocked { .. } => return Err(VaultError::AlreadyUnlocked),
        };
        check_pin(pin)?;
        let verdict = self.attempt(&mut header, pin);
        // The counter changed on disk whatever happened; mirror it.
        self.state = State::Locked(header.clone());
        match verdict? {
            Verdict::Right(key) => {
                let mut db = Db::open(&self.dir.join(files::DB), Some(&key))?;
                db.settings.max_attempts = header.max_attempts;
                self.state = State::Unlocked {
                    header: Some(header),
                    db,
                };
                Ok(())
            }
            Verdict::Wrong { attempts_left } => Err(VaultError::WrongPin { attempts_left }),
            Verdict::Exhausted => {
                self.erase()?;
                Err(VaultError::Wiped)
            }
        }
    }

    /// Locks the vault: closes the database (SQLCipher wipes its key material) and
    /// drops every key. Cheap and infallible, for the quick-exit.
    pub fn lock(&mut self) {
        let state = std::mem::replace(&mut self.state, State::NotCreated);
        self.state = match state {
            State::Unlocked {
                header: Some(header),
                db,
            } => {
                drop(db);
                State::Locked(header)
            }
            State::Unlocked { header: None, .. } => State::NotCreated,
            other => other,
        };
    }

    /// Changes the PIN: the data key is rewrapped under the new PIN; the database is
    /// not re-encrypted. The old PIN is checked (and counted) as in [`Vault::unlock`].
    pub fn change_pin(&mut self, old: &str, new: &str) -> Result<()> {
        let mut header = match &self.state {
            State::Unlocked {
                header: Some(header),
                ..
            } => header.clone(),
            State::Unlocked { header: None, .. } | State::NotCreated => {
                return Err(VaultError::NotCreated);
            }
            State::Corrupt => return Err(VaultError::Corrupt { part: "header" }),
            State::Locked(_) => return Err(VaultError::Locked),
        };
        check_pin(new)?;
        check_pin(old)?;
        let verdict = self.attempt(&mut header, old);
        self.set_header(header.clone());
        match verdict? {
            Verdict::Right(key) => {
                let new_header = Header::seal(&key, new, &*self.keys, header.max_attempts)?;
                new_header.write(&self.dir)?;
                self.set_header(new_header);
                Ok(())
            }
            Verdict::Wrong { attempts_left } => Err(VaultError::WrongPin { attempts_left }),
            Verdict::Exhausted => {
                self.erase()?;
                Err(VaultError::Wiped)
            }
        }
    }

    /// Panic wipe: destroys the platform key, overwrites the header, deletes every
    /// vault file. Afterwards the status is `NotCreated`, as on a fresh install. Every
    /// step is tried even if an earlier one fails; the first failure is returned.
    pub fn wipe(&mut self) -> Result<()> {
        self.erase()
    }

    /// Checks the database page by page (`PRAGMA integrity_check`, and SQLCipher's
    /// `cipher_integrity_check` of every page's HMAC). `Corrupt` if anything is wrong.
    pub fn check_integrity(&self) -> Result<()> {
        let State::Unlocked { header, db } = &self.state else {
            return Err(VaultError::Locked);
        };
        if db.integrity_problems(header.is_some())?.is_empty() {
            Ok(())
        } else {
            Err(VaultError::Corrupt { part: "database" })
        }
    }

    /// The vault's settings.
    pub fn settings(&self) -> Result<VaultSettings> {
        Ok(self.db_ref()?.settings)
    }

    /// Changes the settings. Values outside the allowed ranges are refused.
    pub fn save_settings(&mut self, settings: &VaultSettings) -> Result<()> {
        settings.check()?;
        let dir = self.dir.clone();
        let State::Unlocked { header, db } = &mut self.state else {
            return Err(VaultError::Locked);
        };
        settings.store(&db.conn)?;
        if let Some(header) = header
            && header.max_attempts != settings.max_attempts
        {
            let mut changed = header.clone();
            changed.max_attempts = settings.max_attempts;
            changed.write(&dir)?;
            *header = changed;
        }
        db.settings = *settings;
        Ok(())
    }

    /// Saves the whole case (label, signals, unticked signals, steps with consulted
    /// experts, answers) in one transaction, replacing what was stored.
    pub fn save_case(&mut self, case: &Case) -> Result<()> {
        self.db()?.save_case(None, case)
    }

    /// Saves `after` by writing only what differs from `before`, in one transaction.
    /// `before` must be the case as stored (as last loaded or saved); the app keeps it
    /// for the screen anyway. A `before` of another case falls back to a whole save.
    pub fn save_case_changes(&mut self, before: &Case, after: &Case) -> Result<()> {
        self.db()?.save_case(Some(before), after)
    }

    /// The stored case, if it exists.
    pub fn load_case(&self, id: CaseId) -> Result<Option<Case>> {
        self.db_ref()?.load_case(id)
    }

    /// All cases, the most recently changed first.
    pub fn list_cases(&self) -> Result<Vec<CaseListItem>> {
        self.db_ref()?.list_cases()
    }

    /// Deletes a case with its notes (secure delete).
    pub fn delete_case(&mut self, id: CaseId) -> Result<()> {
        self.db()?.delete_case(id)
    }

    /// Adds a note to a case; touches the case's `updated_at`.
    pub fn add_note(&mut self, case: CaseId, body: &str) -> Result<NoteId> {
        let now = self.clock.now();
        self.db()?.add_note(case, body, now)
    }

    /// Replaces a note's text; touches the case's `updated_at`.
    pub fn update_note(&mut self, id: NoteId, body: &str) -> Result<()> {
        let now = self.clock.now();
        self.db()?.update_note(id, body, now)
    }

    /// Deletes a note; touches the case's `updated_at`.
    pub fn delete_note(&mut self, id: NoteId) -> Result<()> {
        let now = self.clock.now();
        self.db()?.delete_note(id, now)
    }

    /// A case's notes, newest first.
    pub fn list_notes(&self, case: CaseId) -> Result<Vec<Note>> {
        self.db_ref()?.list_notes(case)
    }

    /// Full-text search over all notes. The user's text is turned into a safe query
    /// (each word a prefix match, all words required); it never causes a syntax error.
    pub fn search_notes(&self, query: &str) -> Result<Vec<NoteHit>> {
        self.db_ref()?.search_notes(query)
    }

    /// When `case` expires under the current retention setting.
    pub fn expires_at(&self, case: &Case) -> Result<DateTime<Utc>> {
        Ok(self.db_ref()?.settings.expires_at(case.updated_at))
    }

    /// Deletes every case whose retention has run out, with its notes, then removes
    /// their traces (FTS merge, WAL checkpoint with truncation). Returns how many
    /// cases were purged.
    pub fn purge_expired(&mut self) -> Result<usize> {
        let now = self.clock.now();
        self.db()?.purge_expired(now)
    }

    fn db(&mut self) -> Result<&mut Db> {
        match &mut self.state {
            State::Unlocked { db, .. } => Ok(db),
            _ => Err(VaultError::Locked),
        }
    }

    fn db_ref(&self) -> Result<&Db> {
        match &self.state {
            State::Unlocked { db, .. } => Ok(db),
            _ => Err(VaultError::Locked),
        }
    }

    fn set_header(&mut self, new: Header) {
        match &mut self.state {
            State::Locked(header)
            | State::Unlocked {
                header: Some(header),
                ..
            } => *header = new,
            _ => {}
        }
    }

    /// Counts an attempt on disk, then checks `pin`; `header` is updated to what is on
    /// disk.
    fn attempt(&self, header: &mut Header, pin: &str) -> Result<Verdict> {
        let now = self.clock.now();
        if header.failed_attempts >= header.max_attempts {
            // Killed between the last count and the erasure: finish the erasure.
            return Ok(Verdict::Exhausted);
        }
        if let Some(retry_at) = header.retry_at.filter(|at| *at > now) {
            return Err(VaultError::TooSoon { retry_at });
        }
        let sealed = Zeroizing::new(header.unwrap_platform(&*self.keys)?);
        header.failed_attempts += 1;
        header.retry_at = delay_after(header.failed_attempts).map(|delay| now + delay);
        header.write(&self.dir)?;
        match header.open_sealed(&sealed, pin)? {
            Some(key) => {
                header.failed_attempts = 0;
                header.retry_at = None;
                header.write(&self.dir)?;
                Ok(Verdict::Right(key))
            }
            None if header.failed_attempts >= header.max_attempts => Ok(Verdict::Exhausted),
            None => Ok(Verdict::Wrong {
                attempts_left: header.max_attempts - header.failed_attempts,
            }),
        }
    }

    /// Crypto-erase: close the database, destroy the platform key, overwrite the
    /// header with noise, delete every file. Tries every step; returns the first error.
    fn erase(&mut self) -> Result<()> {
        self.state = State::NotCreated;
        let destroyed = self.keys.destroy().map_err(VaultError::KeyUnavailable);
        let overwritten = files::overwrite_with_random(&self.dir.join(files::HEADER));
        let deleted = files::delete_all(&self.dir);
        destroyed?;
        overwritten?;
        deleted?;
        Ok(())
    }
}

/// The waiting time imposed after `failures` wrong PINs in a row.
fn delay_after(failures: u32) -> Option<Duration> {
    let over = failures.checked_sub(FREE_ATTEMPTS + 1)?;
    let secs = FIRST_DELAY_SECS.saturating_mul(1_i64 << over.min(20));
    Some(Duration::seconds(secs.min(MAX_DELAY_SECS)))
}

/// Hooks for benchmarks and the secure-delete test, compiled only with the `testing`
/// feature (which the crate's own tests and benches enable). Not for apps.
#[cfg(feature = "testing")]
pub mod testing {
    use super::*;

    struct NoKeys;

    impl KeyWrapper for NoKeys {
        fn wrap(&self, _: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
            Err(KeyWrapperError::KeyMissing)
        }
        fn unwrap(&self, _: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
            Err(KeyWrapperError::KeyMissing)
        }
        fn destroy(&self) -> Result<(), KeyWrapperError> {
            Ok(())
        }
    }

    /// An UNENCRYPTED vault database in `dir`, unlocked, for comparing SQLCipher with
    /// plain SQLite on the same code, and for checking that deleted text leaves no
    /// trace in files one can read. Never for case data.
    pub fn open_unencrypted(dir: &Path, clock: Arc<dyn Clock>) -> Result<Vault> {
        std::fs::create_dir_all(dir)?;
        let db = Db::open(&dir.join(files::DB), None)?;
        Ok(Vault {
            dir: dir.to_owned(),
            keys: Arc::new(NoKeys),
            clock,
            state: State::Unlocked { header: None, db },
        })
    }

    /// The data key of a vault, recovered with its PIN (without counting), to measure
    /// opening the database once the key is known.
    pub struct KnownKey {
        path: PathBuf,
        key: DataKey,
    }

    impl KnownKey {
        /// Recovers the key of the vault in `dir`.
        pub fn recover(dir: &Path, keys: &dyn KeyWrapper, pin: &str) -> Result<Self> {
            let header = Header::read(dir)?.ok_or(VaultError::NotCreated)?;
            let sealed = Zeroizing::new(header.unwrap_platform(keys)?);
            let key = header
                .open_sealed(&sealed, pin)?
                .ok_or(VaultError::WrongPin { attempts_left: 0 })?;
            Ok(Self {
                path: dir.join(files::DB),
                key,
            })
        }

        /// Opens the database with all pragmas and the schema check, then closes it.
        pub fn open_and_close(&self) -> Result<()> {
            Db::open(&self.path, Some(&self.key)).map(drop)
        }
    }

    /// The names of the files a vault may write, for tests that inspect them.
    pub fn file_names() -> &'static [&'static str] {
        files::ALL
    }

    /// Adds many notes in one transaction, to build benchmark data quickly.
    pub fn add_notes_in_one_transaction(
        vault: &mut Vault,
        case: CaseId,
        bodies: &[String],
    ) -> Result<()> {
        let now = vault.clock.now();
        vault.db()?.add_notes_bulk(case, bodies, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_after_three_free_attempts_and_are_capped() {
        let secs = |n| delay_after(n).map(|d| d.num_seconds());
        let cases = [
            (1, None),
            (3, None),
            (4, Some(30)),
            (5, Some(60)),
            (6, Some(120)),
            (10, Some(1920)),
            (11, Some(3600)),
            (20, Some(3600)),
            (u32::MAX, Some(3600)),
        ];
        for (failures, expected) in cases {
            assert_eq!(secs(failures), expected, "{failures}");
        }
    }

    #[test]
    fn vault_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Vault>();
    }
}

//! The encrypted case vault: everything about cases (labels, ticked signals, step
//! progress, afwegingskader answers, notes) in one SQLCipher database.
//!
//! Key hierarchy: a random 32-byte data key opens the database (SQLCipher raw key, no
//! PBKDF2 on open). It is sealed with XChaCha20-Poly1305 under Argon2id(PIN) and that
//! seal is wrapped again by the platform's hardware key ([`KeyWrapper`]), together with
//! the header's MAC key. The header is kept in two slots next to the database
//! (`vault.header-a`, `vault.header-b`), written in turn, with the attempt counts.
//!
//! This file holds the vault's state and its data operations; `unlock` holds the
//! protocol that opens and closes it (create, PIN checks, delays, erase).
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

mod biometric;
mod biometric_unlock;
mod cases;
mod db;
mod error;
pub(crate) mod files;
mod header;
mod kept_work;
mod key_wrapper;
mod keys;
mod notes;
mod pin;
mod retention;
mod schema;
mod settings;
#[cfg(feature = "testing")]
pub mod testing;
mod unlock;
mod wal;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::Clock;
use crate::casework::{Case, CaseId};
use db::Db;
use header::{Delay, Header};
use key_wrapper::read_from_platform;
use unlock::Opened;

pub use biometric::{
    BIOMETRIC_HOURS, BiometricError, BiometricPrompt, BiometricUnavailable, Biometrics,
    DEFAULT_BIOMETRIC_HOURS, NoBiometrics, PinNeeded,
};
pub use biometric_unlock::BiometricState;
pub use cases::CaseListItem;
pub use error::{Result, VaultError, VaultPart};
pub use key_wrapper::{KeyWrapper, KeyWrapperError, SoftwareKeyWrapper};
pub use keys::{DataKey, KdfParams};
pub use notes::{MAX_NOTE_CHARS, Note, NoteHit, NoteId, SnippetPart};
pub use pin::{MAX_PIN_DIGITS, MIN_PIN_DIGITS, check_pin};
pub use retention::{ClockDoubt, RetentionCheck};
pub use settings::{MAX_ATTEMPTS, RETENTION_DAYS, VaultSettings};

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
    /// A vault file is damaged, edited or missing. Every file is kept as it is; nothing
    /// is counted. The app can only offer a wipe.
    Corrupt {
        /// Which part.
        part: VaultPart,
    },
    /// Another process of the app (a second window of the desktop preview, a second
    /// process) has this vault open. Nothing was read or written. Say so; the vault is
    /// looked at again by [`Vault::refresh`] and every unlock.
    InUse,
}

/// Something about the vault's own files the user must be told once, found while
/// checking them ([`Vault::take_finding`]). Nothing was lost or erased because of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Finding {
    /// A header slot was damaged or edited (its MAC did not hold, or it could not be
    /// read): the older authentic copy is used, and has been written into that slot
    /// again.
    HeaderCopyRestored,
    /// The platform's count of wrong PINs could not be read. The header's count, which
    /// is authenticated, stands (never a lower one); the platform's is written again
    /// after the next PIN check.
    PlatformCountUnreadable,
}

/// What a successful unlock found besides the right PIN.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unlocked {
    /// The previous session ended uncleanly and its log was damaged, missing or not its
    /// own: SQLite replays what it can and drops the rest, possibly changes made just
    /// before. Tell the user.
    pub log_damaged: bool,
    /// The file name, in the vault's directory, of the copy kept of that log (`None`
    /// if no log was left to keep).
    pub kept_log: Option<String>,
    /// The log could not be used at all (not this database's, or damaged so that the
    /// database would not read with it): it was set aside (kept as `kept_log`) and the
    /// database opened as it was at its last checkpoint. Changes made after
    /// `newest_change` may be missing: tell the user, with that time.
    pub log_set_aside: bool,
    /// The newest change the opened database holds (a case's or a note's), when the log
    /// was set aside.
    pub newest_change: Option<DateTime<Utc>>,
}

/// What the vault holds in memory, by stage.
enum State {
    NotCreated,
    Corrupt(VaultPart),
    /// Another process holds the vault directory's lock.
    InUse,
    Locked(Locked),
    /// `opened` is `None` only for the unencrypted benchmark/test database.
    Unlocked {
        opened: Option<Box<Opened>>,
        db: Db,
    },
}

/// The vault while locked: what was read of the header, and what of it is known to hold.
struct Locked {
    /// The header copies on disk, newest first; which one holds is known only with the
    /// platform key.
    copies: Vec<Header>,
    /// A slot file exists that could not be read as a header.
    unreadable_slot: bool,
    /// The newest copy whose MAC held, once checked (one platform unwrap). Every count
    /// and waiting time shown or enforced comes from it, never from an unchecked copy.
    checked: Option<Header>,
    /// The checked copy's waiting time as this process measures it (see
    /// [`Vault::anchor`]).
    wait: Option<Delay>,
    /// The platform's count of wrong PINs when last read; `None` if it holds none or
    /// could not be read.
    platform: Option<u32>,
    /// [`Vault::refresh`] tried to check the header and the platform key failed: it does
    /// not try again (on every key of the PIN pad); the unlock does.
    check_tried: bool,
}

/// The encrypted case vault in one directory. The app owns one; it is `Send` so the
/// FFI object can keep it in a `Mutex`.
///
/// While locked, every data operation returns [`VaultError::Locked`].
pub struct Vault {
    dir: PathBuf,
    keys: Arc<dyn KeyWrapper>,
    biometrics: Arc<dyn Biometrics>,
    clock: Arc<dyn Clock>,
    state: State,
    /// A quick exit was made in this process since the PIN last opened the vault: the
    /// PIN is asked even if writing that into the header failed.
    pin_required_here: bool,
    /// The vault directory's exclusive lock, held while this vault is open.
    dir_lock: Option<std::fs::File>,
    /// What to tell the user, oldest first.
    findings: std::collections::VecDeque<Finding>,
    /// An unreadable platform count was said already in this process.
    count_unreadable_said: bool,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("status", &self.status())
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Opens the vault in `dir` (created if missing, private to the app's user) without
    /// unlocking it: the directory's lock is taken and the header read, nothing is
    /// written. Whether the header holds is checked later ([`Vault::refresh`]), so that
    /// starting the app costs no platform key operation.
    pub fn open(dir: &Path, keys: Arc<dyn KeyWrapper>, clock: Arc<dyn Clock>) -> Result<Self> {
        files::create_private_dir(dir)?;
        let mut vault = Self {
            dir: dir.to_owned(),
            keys,
            biometrics: Arc::new(NoBiometrics),
            clock,
            state: State::InUse,
            pin_required_here: false,
            dir_lock: None,
            findings: std::collections::VecDeque::new(),
            count_unreadable_said: false,
        };
        vault.take_dir_lock()?;
        Ok(vault)
    }

    /// The platform's biometric key, for the biometric unlock (without it, the vault
    /// answers that the device has no sensor).
    pub fn with_biometrics(mut self, biometrics: Arc<dyn Biometrics>) -> Self {
        self.biometrics = biometrics;
        self
    }

    /// Takes the directory's lock if it is free and reads the header; the vault stays
    /// `InUse` while another process holds the lock.
    fn take_dir_lock(&mut self) -> Result<()> {
        match files::lock_dir(&self.dir)? {
            files::DirLock::Held(lock) => self.dir_lock = lock,
            files::DirLock::Elsewhere => {
                self.state = State::InUse;
                return Ok(());
            }
        }
        self.state = match Header::read(&self.dir)? {
            // A database without a header cannot be opened by anyone: keep it for a
            // report, and let only a wipe clear it.
            None if self.dir.join(files::DB).exists() => State::Corrupt(VaultPart::Header),
            None => State::NotCreated,
            Some(slots) if slots.copies.is_empty() => State::Corrupt(VaultPart::Header),
            Some(slots) => State::Locked(Locked {
                copies: slots.copies,
                unreadable_slot: slots.damaged,
                checked: None,
                wait: None,
                platform: self.platform_count(),
                check_tried: false,
            }),
        };
        Ok(())
    }

    /// Looks at the vault again where its status depends on more than the files read at
    /// start: takes the directory's lock once the other process let go of it, and checks
    /// the header's MAC (one platform unwrap, no PIN, nothing counted) so that the
    /// counts and the waiting time in [`Vault::status`] are authentic. A damaged or
    /// edited newest copy falls back to the older authentic one, which is written into
    /// its slot again and said ([`Finding::HeaderCopyRestored`]). Cheap once done; the
    /// app calls it when it shows the PIN pad.
    pub fn refresh(&mut self) -> Result<()> {
        if matches!(self.state, State::InUse) {
            self.take_dir_lock()?;
        }
        let unchecked = matches!(&self.state, State::Locked(locked)
            if locked.checked.is_none() && !locked.check_tried);
        if !unchecked {
            return Ok(());
        }
        let platform = self.platform_count();
        if let State::Locked(locked) = &mut self.state {
            locked.platform = platform;
        }
        match self.check_header() {
            Ok(_) => Ok(()),
            // The platform key is not available now (or gone for good): nothing is
            // shown as a fact, and the unlock says what is wrong.
            Err(VaultError::KeyUnavailable(_)) => {
                if let State::Locked(locked) = &mut self.state {
                    locked.check_tried = true;
                }
                Ok(())
            }
            Err(error) => Err(error),
        }
    }

    /// The oldest thing about the vault's files not yet said to the user; each is
    /// returned once.
    pub fn take_finding(&mut self) -> Option<Finding> {
        self.findings.pop_front()
    }

    /// Notes `finding` for the user, once.
    fn found(&mut self, finding: Finding) {
        if !self.findings.contains(&finding) {
            self.findings.push_back(finding);
        }
    }

    /// The platform's count of wrong PINs; an unreadable or damaged one (its check
    /// fails) counts as none (the header's authenticated count then stands) and is said
    /// once. A quick exit the platform holds (see [`key_wrapper::held_by_platform`]) asks
    /// for the PIN from now on; so does one it cannot read, to be safe.
    fn platform_count(&mut self) -> Option<u32> {
        match self
            .keys
            .attempt_count()
            .map(|held| held.map(read_from_platform))
        {
            Ok(None) => None,
            Ok(Some(Some((count, pin_required)))) => {
                self.pin_required_here |= pin_required;
                Some(count)
            }
            Ok(Some(None)) | Err(_) => {
                self.pin_required_here = true;
                if !std::mem::replace(&mut self.count_unreadable_said, true) {
                    self.found(Finding::PlatformCountUnreadable);
                }
                None
            }
        }
    }

    /// Where the vault stands.
    pub fn status(&self) -> VaultStatus {
        match &self.state {
            State::NotCreated => VaultStatus::NotCreated,
            State::Corrupt(part) => VaultStatus::Corrupt { part: *part },
            State::InUse => VaultStatus::InUse,
            State::Unlocked { .. } => VaultStatus::Unlocked,
            State::Locked(locked) => {
                let checked = locked.checked.as_ref();
                VaultStatus::Locked {
                    failed_attempts: checked
                        .map_or(0, |h| h.failed_attempts)
                        .max(locked.platform.unwrap_or(0)),
                    max_attempts: checked
                        .map_or(VaultSettings::default().max_attempts, |h| h.max_attempts),
                    retry_at: self.retry_at(locked.wait.as_ref()),
                }
            }
        }
    }

    /// Checks the database page by page (`PRAGMA integrity_check`, and SQLCipher's
    /// `cipher_integrity_check` of every page's HMAC). `Corrupt` if anything is wrong.
    pub fn check_integrity(&self) -> Result<()> {
        let State::Unlocked { opened, db } = &self.state else {
            return Err(VaultError::Locked);
        };
        db.check_pages(opened.is_some())
    }

    /// The vault's settings.
    pub fn settings(&self) -> Result<VaultSettings> {
        Ok(self.db_ref()?.settings)
    }

    /// Changes the settings. Values outside the allowed ranges are refused.
    pub fn save_settings(&mut self, settings: &VaultSettings) -> Result<()> {
        settings.check()?;
        let dir = self.dir.clone();
        let State::Unlocked { opened, db } = &mut self.state else {
            return Err(VaultError::Locked);
        };
        settings.store(&db.conn)?;
        if let Some(opened) = opened
            && opened.header.max_attempts != settings.max_attempts
        {
            let mut changed = opened.header.clone();
            changed.max_attempts = settings.max_attempts;
            changed.write(&dir, &opened.mac_key)?;
            opened.header = changed;
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

    /// Deletes a case with its notes (secure delete), and truncates the log so their
    /// text does not linger in old log frames.
    pub fn delete_case(&mut self, id: CaseId) -> Result<()> {
        let db = self.db()?;
        db.delete_case(id)?;
        db.checkpoint()
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

    /// Says what a note is (fact, observation, interpretation, source); touches the
    /// note and its case as an edit does.
    pub fn set_note_kind(&mut self, id: NoteId, kind: crate::casework::NoteKind) -> Result<()> {
        let now = self.clock.now();
        self.db()?.set_note_kind(id, kind, now)
    }

    /// Deletes a note; touches the case's `updated_at`. The log is truncated so the
    /// note's text does not linger in old log frames.
    pub fn delete_note(&mut self, id: NoteId) -> Result<()> {
        let now = self.clock.now();
        let db = self.db()?;
        db.delete_note(id, now)?;
        db.checkpoint()
    }

    /// Puts notes deleted a moment ago back as they were: their ids, text and times
    /// (an undo). Their cases must exist.
    pub fn restore_notes(&mut self, notes: &[Note]) -> Result<()> {
        let now = self.clock.now();
        self.db()?.restore_notes(notes, now)
    }

    /// Keeps work in progress (`body`, under `kind`) in the vault, encrypted, until
    /// [`Vault::take_kept_work`] takes it back; replaces what was kept under `kind`.
    pub fn keep_work(&mut self, kind: &str, body: &str) -> Result<()> {
        self.db()?.keep_work(kind, body)
    }

    /// Takes back the work kept under `kind`, deleting it from the vault.
    pub fn take_kept_work(&mut self, kind: &str) -> Result<Option<zeroize::Zeroizing<String>>> {
        self.db()?.take_kept_work(kind)
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

    /// Applies the retention period after an unlock, if the clock can be trusted.
    ///
    /// The vault remembers the latest time it saw. A clock behind that, or implausibly
    /// far ahead of it, purges nothing: the caller asks the user first
    /// ([`RetentionCheck::AskFirst`]) and calls [`Vault::purge_expired`] only if they
    /// agree. Otherwise the expired cases are purged and counted, for the caller to say.
    pub fn apply_retention(&mut self) -> Result<RetentionCheck> {
        let now = self.clock.now();
        let since_boot = self.clock.since_boot();
        self.db()?.apply_retention(now, since_boot)
    }

    /// The cases whose retention runs out within `within` from now and has not yet, the
    /// soonest first. Empty while the clock is doubtful (see [`Vault::apply_retention`]):
    /// a warning is not given on a clock the purge would not trust.
    pub fn expiring_within(&self, within: chrono::Duration) -> Result<Vec<CaseId>> {
        let now = self.clock.now();
        let since_boot = self.clock.since_boot();
        self.db_ref()?.expiring_within(now, since_boot, within)
    }

    /// Keeps the cases in `ids`: dates their last change now, as any change would, so
    /// their retention starts again. A case gone meanwhile is skipped. Returns how many
    /// were kept.
    pub fn keep_cases(&mut self, ids: &[CaseId]) -> Result<usize> {
        let now = self.clock.now();
        self.db()?.keep_cases(ids, now)
    }

    /// Deletes every case whose retention has run out by the current clock, with its
    /// notes, then removes their traces (FTS merge, WAL checkpoint with truncation).
    /// The user agreed, so the clock is taken as right from now on. Returns how many
    /// cases were purged.
    pub fn purge_expired(&mut self) -> Result<usize> {
        let now = self.clock.now();
        let since_boot = self.clock.since_boot();
        self.db()?.purge_expired(now, since_boot)
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Vault>();
    }
}

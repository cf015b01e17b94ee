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
mod drafts;
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
mod wal;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::Clock;
use crate::casework::{Case, CaseId};
use db::Db;
use header::{Delay, Header};
use keys::MacKey;

pub use cases::CaseListItem;
pub use error::{Result, VaultError, VaultPart};
pub use key_wrapper::{KeyWrapper, KeyWrapperError, SoftwareKeyWrapper};
pub use keys::{DataKey, KdfParams};
pub use notes::{MAX_NOTE_CHARS, Note, NoteHit, NoteId, SnippetPart};
pub use pin::{MAX_PIN_DIGITS, MIN_PIN_DIGITS, check_pin};
pub use retention::{ClockDoubt, RetentionCheck};
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
    /// A vault file is damaged, edited or missing. Every file is kept as it is; nothing
    /// is counted. The app can only offer a wipe.
    Corrupt {
        /// Which part.
        part: VaultPart,
    },
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
}

/// The header copy the vault acts on, with the MAC key that lets it write the next.
struct Opened {
    header: Header,
    mac_key: Box<MacKey>,
}

/// An authentic header copy and what its platform wrap held, from one unwrap.
struct Authentic {
    opened: Opened,
    sealed: zeroize::Zeroizing<Vec<u8>>,
}

enum State {
    NotCreated,
    Corrupt(VaultPart),
    Locked {
        /// The header copies on disk, newest first; which one holds is known only with
        /// the platform key.
        copies: Vec<Header>,
        /// The waiting time as this process measures it (see [`Vault::anchor`]).
        wait: Option<Delay>,
        /// The platform's count of wrong PINs when last read, so the status shows the
        /// count the next check will use.
        platform: u32,
    },
    /// `opened` is `None` only for the unencrypted benchmark/test database.
    Unlocked {
        opened: Option<Box<Opened>>,
        db: Db,
    },
}

/// The outcome of a counted PIN check.
enum Verdict {
    Right(Box<DataKey>),
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
    /// Opens the vault in `dir` (created if missing, private to the app's user) without
    /// unlocking it: only the header is read, nothing is written.
    pub fn open(dir: &Path, keys: Arc<dyn KeyWrapper>, clock: Arc<dyn Clock>) -> Result<Self> {
        files::create_private_dir(dir)?;
        let mut vault = Self {
            dir: dir.to_owned(),
            keys,
            clock,
            state: State::NotCreated,
        };
        vault.state = match Header::read(dir)? {
            // A database without a header cannot be opened by anyone: keep it for a
            // report, and let only a wipe clear it.
            None if dir.join(files::DB).exists() => State::Corrupt(VaultPart::Header),
            None => State::NotCreated,
            Some(slots) if slots.copies.is_empty() => State::Corrupt(VaultPart::Header),
            Some(slots) => {
                let platform = vault.keys.attempt_count().ok().flatten().unwrap_or(0);
                vault.locked(slots.copies, platform)
            }
        };
        Ok(vault)
    }

    /// Where the vault stands.
    pub fn status(&self) -> VaultStatus {
        match &self.state {
            State::NotCreated => VaultStatus::NotCreated,
            State::Corrupt(part) => VaultStatus::Corrupt { part: *part },
            State::Unlocked { .. } => VaultStatus::Unlocked,
            State::Locked {
                copies,
                wait,
                platform,
            } => {
                let newest = copies.first();
                VaultStatus::Locked {
                    failed_attempts: newest.map_or(0, |h| h.failed_attempts).max(*platform),
                    max_attempts: newest
                        .map_or(VaultSettings::default().max_attempts, |h| h.max_attempts),
                    retry_at: self.retry_at(wait.as_ref()),
                }
            }
        }
    }

    /// Creates a new, empty vault protected by `pin` and leaves it unlocked.
    ///
    /// The database is made under a temporary name and renamed into place only once
    /// the header that opens it is durable: a crash at any point leaves either no vault
    /// or a whole one, never a database whose key is lost nor a header whose database
    /// looks deleted.
    pub fn create(&mut self, pin: &str) -> Result<()> {
        match self.state {
            State::NotCreated => {}
            State::Corrupt(part) => return Err(VaultError::Corrupt { part }),
            _ => return Err(VaultError::AlreadyCreated),
        }
        check_pin(pin)?;
        let key = DataKey::generate()?;
        let (mut header, mac_key) = Header::seal(
            &key,
            pin,
            &*self.keys,
            VaultSettings::default().max_attempts,
            0,
        )?;
        // A count left by an earlier vault on this device belongs to no one now.
        self.keys
            .store_attempt_count(0)
            .map_err(VaultError::KeyUnavailable)?;
        let fresh = self.dir.join(files::DB_NEW);
        files::delete_new_db(&self.dir)?;
        files::create_private_file(&fresh)?;
        drop(Db::open(&fresh, Some(&key), true)?.verified()?);
        // Both slots: a single damaged copy never costs a new vault.
        header.write(&self.dir, &mac_key)?;
        header.write(&self.dir, &mac_key)?;
        self.finish_create()?;
        let mut db = Db::open(&self.dir.join(files::DB), Some(&key), false)?.verified()?;
        db.settings.max_attempts = header.max_attempts;
        self.state = State::Unlocked {
            opened: Some(Box::new(Opened { header, mac_key })),
            db,
        };
        Ok(())
    }

    /// Unlocks the vault with `pin`.
    ///
    /// The header copy is authenticated first: a damaged or edited one is reported as
    /// [`VaultError::Corrupt`] with nothing counted and every file untouched. Then the
    /// attempt is counted on disk before the PIN is checked, so killing the app during
    /// the check does not give a free guess. A PIN that breaks the PIN rules is refused
    /// without counting (it cannot be the right one). The database files are not opened,
    /// let alone written, unless the PIN is right.
    pub fn unlock(&mut self, pin: &str) -> Result<Unlocked> {
        let (copies, wait, platform) = match &self.state {
            State::Locked {
                copies,
                wait,
                platform,
            } => (copies.clone(), *wait, *platform),
            State::NotCreated => return Err(VaultError::NotCreated),
            State::Corrupt(part) => return Err(VaultError::Corrupt { part: *part }),
            State::Unlocked { .. } => return Err(VaultError::AlreadyUnlocked),
        };
        check_pin(pin)?;
        if let Some(retry_at) = self.retry_at(wait.as_ref()) {
            return Err(VaultError::TooSoon { retry_at });
        }
        let db_path = self.dir.join(files::DB);
        if !db_path.exists() && !self.dir.join(files::DB_NEW).exists() {
            self.state = State::Corrupt(VaultPart::MissingDatabase);
            return Err(VaultError::Corrupt {
                part: VaultPart::MissingDatabase,
            });
        }
        let Authentic { mut opened, sealed } = match self.authentic(&copies) {
            Ok(authentic) => authentic,
            Err(error) => {
                if let VaultError::Corrupt { part } = error {
                    self.state = State::Corrupt(part);
                }
                return Err(error);
            }
        };
        let verdict = self.attempt(&mut opened, &sealed, pin);
        // The counter changed on disk whatever happened; mirror it. The header's count
        // now holds the platform's too, unless the attempt failed before counting.
        let header = opened.header.clone();
        self.state = self.locked(vec![header], platform);
        match verdict? {
            Verdict::Right(key) => {
                let (db, report) = self.open_db(&key, &mut opened).inspect_err(|error| {
                    if let VaultError::Corrupt { part } = error {
                        self.state = State::Corrupt(*part);
                    }
                })?;
                self.state = State::Unlocked {
                    opened: Some(Box::new(opened)),
                    db,
                };
                Ok(report)
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
                opened: Some(opened),
                db,
            } => {
                drop(db);
                // Unlocked means the right PIN reset the platform's count.
                self.locked(vec![opened.header], 0)
            }
            State::Unlocked { opened: None, .. } => State::NotCreated,
            other => other,
        };
    }

    /// Changes the PIN: the data key is rewrapped under the new PIN; the database is
    /// not re-encrypted. The old PIN is checked (and counted) as in [`Vault::unlock`].
    /// Both header slots get the new PIN, so the old one opens neither.
    pub fn change_pin(&mut self, old: &str, new: &str) -> Result<()> {
        let copies = match &self.state {
            State::Unlocked {
                opened: Some(opened),
                ..
            } => vec![opened.header.clone()],
            State::Unlocked { opened: None, .. } | State::NotCreated => {
                return Err(VaultError::NotCreated);
            }
            State::Corrupt(part) => return Err(VaultError::Corrupt { part: *part }),
            State::Locked { .. } => return Err(VaultError::Locked),
        };
        check_pin(new)?;
        check_pin(old)?;
        let Authentic { mut opened, sealed } = self.authentic(&copies)?;
        let verdict = self.attempt(&mut opened, &sealed, old);
        let generation = opened.header.generation;
        let max_attempts = opened.header.max_attempts;
        let db_generation = opened.header.db_generation;
        self.set_opened(opened);
        match verdict? {
            Verdict::Right(key) => {
                let (mut header, mac_key) =
                    Header::seal(&key, new, &*self.keys, max_attempts, generation)?;
                header.db_generation = db_generation;
                header.write(&self.dir, &mac_key)?;
                // The header under the old PIN (in the other slot) holds until this
                // write: a crash here still opens with the old PIN.
                let second = header.write(&self.dir, &mac_key);
                self.set_opened(Opened { header, mac_key });
                second
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
        let State::Unlocked { opened, db } = &self.state else {
            return Err(VaultError::Locked);
        };
        if db.integrity_problems(opened.is_some())?.is_empty() {
            Ok(())
        } else {
            Err(VaultError::Corrupt {
                part: VaultPart::Database,
            })
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
    /// [`Vault::take_draft`] takes it back; replaces what was kept under `kind`.
    pub fn put_draft(&mut self, kind: &str, body: &str) -> Result<()> {
        self.db()?.put_draft(kind, body)
    }

    /// Takes back the work kept under `kind`, deleting it from the vault.
    pub fn take_draft(&mut self, kind: &str) -> Result<Option<zeroize::Zeroizing<String>>> {
        self.db()?.take_draft(kind)
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
        self.db()?.apply_retention(now)
    }

    /// Deletes every case whose retention has run out by the current clock, with its
    /// notes, then removes their traces (FTS merge, WAL checkpoint with truncation).
    /// The user agreed, so the clock is taken as right from now on. Returns how many
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

    fn set_opened(&mut self, new: Opened) {
        match &mut self.state {
            State::Unlocked { opened, .. } => *opened = Some(Box::new(new)),
            _ => self.state = self.locked(vec![new.header], 0),
        }
    }

    /// The locked state for these copies, with the waiting time anchored in this
    /// process, and the platform's count as last known (for the status only: a check
    /// reads it again).
    fn locked(&self, copies: Vec<Header>, platform: u32) -> State {
        let wait = copies.first().and_then(|h| h.delay).map(|d| self.anchor(d));
        State::Locked {
            copies,
            wait,
            platform,
        }
    }

    /// A stored delay as this process measures it: what remains of it now, from now,
    /// by the boot clock. A wall clock set back (or wrong when the delay was set) thus
    /// restarts the wait at most once per start, never for longer than its length.
    fn anchor(&self, delay: Delay) -> Delay {
        let now = self.clock.now();
        let since_boot = self.clock.since_boot();
        Delay {
            length: delay.remaining(now, since_boot),
            set_at: now,
            set_since_boot: since_boot,
        }
    }

    fn retry_at(&self, wait: Option<&Delay>) -> Option<DateTime<Utc>> {
        let now = self.clock.now();
        let remaining = wait?.remaining(now, self.clock.since_boot());
        (remaining > Duration::zero()).then(|| now + remaining)
    }

    /// The newest header copy whose MAC holds, with its MAC key and the PIN-sealed data
    /// key. Nothing is written.
    fn authentic(&self, copies: &[Header]) -> Result<Authentic> {
        let mut failure = None;
        for header in copies {
            match header.unwrap_platform(&*self.keys) {
                Ok(unwrapped) if header.verify(&unwrapped.mac_key) => {
                    return Ok(Authentic {
                        opened: Opened {
                            header: header.clone(),
                            mac_key: unwrapped.mac_key,
                        },
                        sealed: unwrapped.sealed,
                    });
                }
                // Unwrapped, but the MAC fails: edited or damaged, try the older copy.
                Ok(_) => {
                    failure.get_or_insert(VaultError::Corrupt {
                        part: VaultPart::Header,
                    });
                }
                // This copy's wrap does not open (damaged, or another key): the older
                // copy may. A key that fails for another reason fails for both.
                Err(VaultError::KeyUnavailable(KeyWrapperError::Rejected)) => {
                    failure.get_or_insert(VaultError::KeyUnavailable(KeyWrapperError::Rejected));
                }
                Err(VaultError::Corrupt { part }) => {
                    failure.get_or_insert(VaultError::Corrupt { part });
                }
                Err(other) => return Err(other),
            }
        }
        Err(failure.unwrap_or(VaultError::Corrupt {
            part: VaultPart::Header,
        }))
    }

    /// Counts an attempt on disk, then checks `pin`; `opened` is updated to what is on
    /// disk, except that after a right PIN the reset of the count is for the caller to
    /// write (with what it learns from the database). The erasure is earned only by a
    /// check that ran and failed with the count at the limit: a count at the limit from
    /// a check cut short leads to one more real check, never to an erase.
    fn attempt(&self, opened: &mut Opened, sealed: &[u8], pin: &str) -> Result<Verdict> {
        // The larger count wins: restoring older vault files cannot lower it.
        let platform = self
            .keys
            .attempt_count()
            .map_err(VaultError::KeyUnavailable)?
            .unwrap_or(0);
        let failed = opened.header.failed_attempts.max(platform);
        let header = &mut opened.header;
        header.started_attempts = header.started_attempts.max(failed).saturating_add(1);
        header.delay = delay_after(header.started_attempts).map(|length| Delay {
            length,
            set_at: self.clock.now(),
            set_since_boot: self.clock.since_boot(),
        });
        header.write(&self.dir, &opened.mac_key)?;
        match header.open_sealed(sealed, pin)? {
            Some(key) => {
                // The platform first: a crash before the header's reset leaves the
                // header's larger count, never a platform count the user cannot see.
                self.keys
                    .store_attempt_count(0)
                    .map_err(VaultError::KeyUnavailable)?;
                header.started_attempts = 0;
                header.failed_attempts = 0;
                header.delay = None;
                Ok(Verdict::Right(key))
            }
            None => {
                header.failed_attempts = failed.saturating_add(1);
                header.write(&self.dir, &opened.mac_key)?;
                // The header holds the count; the platform's copy only guards against
                // rollback, so its failure does not hide the verdict.
                let _ = self.keys.store_attempt_count(header.failed_attempts);
                if header.failed_attempts >= header.max_attempts {
                    Ok(Verdict::Exhausted)
                } else {
                    Ok(Verdict::Wrong {
                        attempts_left: header.max_attempts - header.failed_attempts,
                    })
                }
            }
        }
    }

    /// Opens the database after a right PIN: finishes a creation cut short, keeps a
    /// damaged log, refuses an older copy of the database, then writes the header with
    /// the count reset and the database's new unlock count.
    fn open_db(&self, key: &DataKey, opened: &mut Opened) -> Result<(Db, Unlocked)> {
        self.finish_create()?;
        let report = self.keep_damaged_log()?;
        let db = Db::open(&self.dir.join(files::DB), Some(key), false)?;
        if db.generation()? < opened.header.db_generation {
            return Err(VaultError::Corrupt {
                part: VaultPart::OlderDatabase,
            });
        }
        // A log that was not whole, or not the last writer's, may hold pages that are
        // not this database's: check every page before a checkpoint may copy them in.
        if report.log_damaged && !db.integrity_problems(true)?.is_empty() {
            return Err(VaultError::Corrupt {
                part: VaultPart::Database,
            });
        }
        let mut db = db.verified()?;
        opened.header.db_generation = db.next_generation()?;
        opened.header.write(&self.dir, &opened.mac_key)?;
        db.settings.max_attempts = opened.header.max_attempts;
        Ok((db, report))
    }

    /// Renames the database of a new vault into place, if a crash left it half made.
    fn finish_create(&self) -> Result<()> {
        let fresh = self.dir.join(files::DB_NEW);
        if fresh.exists() && !self.dir.join(files::DB).exists() {
            std::fs::rename(&fresh, self.dir.join(files::DB))?;
            files::sync_dir(&self.dir)?;
            files::crash_point();
        }
        Ok(())
    }

    /// Before SQLite replays the log of an unclean shutdown: if it would drop committed
    /// transactions, or is not the one the last writer used, keep a copy of it first.
    fn keep_damaged_log(&self) -> Result<Unlocked> {
        let wal_path = self.dir.join(files::WAL);
        let read = |path: &Path| match std::fs::read(path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        };
        let wal = read(&wal_path)?;
        let shm = read(&self.dir.join(files::SHM))?;
        if wal::inspect(wal.as_deref(), shm.as_deref()) == wal::LogState::Intact {
            return Ok(Unlocked::default());
        }
        let name = (1..=u32::MAX)
            .map(|n| format!("{}{n}", files::KEPT_WAL_PREFIX))
            .find(|name| !self.dir.join(name).exists());
        let kept_log = match (wal, name) {
            (Some(_), Some(name)) => {
                files::copy_private(&wal_path, &self.dir.join(&name))?;
                files::sync_dir(&self.dir)?;
                Some(name)
            }
            _ => None,
        };
        Ok(Unlocked {
            log_damaged: true,
            kept_log,
        })
    }

    /// Crypto-erase: close the database, destroy the platform key, overwrite the
    /// header with noise, delete every file. Tries every step; returns the first error.
    fn erase(&mut self) -> Result<()> {
        self.state = State::NotCreated;
        let destroyed = self.keys.destroy().map_err(VaultError::KeyUnavailable);
        let mut overwritten = Ok(());
        for slot in files::HEADER_SLOTS {
            let result = files::overwrite_with_random(&self.dir.join(slot));
            if overwritten.is_ok() {
                overwritten = result;
            }
        }
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
        fn attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
            Ok(None)
        }
        fn store_attempt_count(&self, _: u32) -> Result<(), KeyWrapperError> {
            Err(KeyWrapperError::KeyMissing)
        }
    }

    /// An UNENCRYPTED vault database in `dir`, unlocked, for comparing SQLCipher with
    /// plain SQLite on the same code, and for checking that deleted text leaves no
    /// trace in files one can read. Never for case data.
    pub fn open_unencrypted(dir: &Path, clock: Arc<dyn Clock>) -> Result<Vault> {
        files::create_private_dir(dir)?;
        let db = Db::open(&dir.join(files::DB), None, true)?.verified()?;
        Ok(Vault {
            dir: dir.to_owned(),
            keys: Arc::new(NoKeys),
            clock,
            state: State::Unlocked { opened: None, db },
        })
    }

    /// The data key of a vault, recovered with its PIN (without counting), to measure
    /// opening the database once the key is known.
    pub struct KnownKey {
        path: PathBuf,
        key: Box<DataKey>,
    }

    impl KnownKey {
        /// Recovers the key of the vault in `dir`.
        pub fn recover(dir: &Path, keys: &dyn KeyWrapper, pin: &str) -> Result<Self> {
            let slots = Header::read(dir)?.ok_or(VaultError::NotCreated)?;
            let header = slots.copies.first().ok_or(VaultError::NotCreated)?;
            let sealed = header.unwrap_platform(keys)?.sealed;
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
            Db::open(&self.path, Some(&self.key), false)?
                .verified()
                .map(drop)
        }
    }

    /// The names of the files a vault may write, for tests that inspect them.
    pub fn file_names() -> &'static [&'static str] {
        files::ALL
    }

    /// The names of the header's two slots.
    pub fn header_slots() -> [&'static str; 2] {
        files::HEADER_SLOTS
    }

    pub use super::files::crash_points;

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

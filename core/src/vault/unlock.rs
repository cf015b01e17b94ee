//! The unlock protocol: creating a vault, counting and checking a PIN, the waiting
//! times after wrong ones, opening the database after a right one, changing the PIN,
//! locking, and the crypto-erase.
//!
//! Every step that changes the header writes it durably before the next step may act
//! on it: an attempt is counted before the PIN is checked, and the erase is earned only
//! by a check that ran and failed at the limit.

use chrono::{DateTime, Duration, Utc};
use zeroize::Zeroizing;

use super::db::Db;
use super::error::{Result, VaultError, VaultPart};
use super::header::{Delay, Header};
use super::key_wrapper::{KeyWrapperError, count_for_platform};
use super::keys::{DataKey, MacKey};
use super::pin::check_pin;
use super::settings::VaultSettings;
use super::{Finding, Locked, State, Unlocked, Vault, files, wal};

/// Wrong PINs that cost no waiting time.
const FREE_ATTEMPTS: u32 = 3;
/// The first waiting time after the free attempts; it doubles with each failure.
const FIRST_DELAY_SECS: i64 = 30;
/// The longest waiting time between attempts.
pub(super) const MAX_DELAY_SECS: i64 = 3600;

/// The header copy the vault acts on, with the MAC key that lets it write the next.
pub(super) struct Opened {
    pub(super) header: Header,
    pub(super) mac_key: Box<MacKey>,
}

/// An authentic header copy and what its platform wrap held, from one unwrap.
pub(super) struct Authentic {
    pub(super) opened: Opened,
    pub(super) sealed: Zeroizing<Vec<u8>>,
}

/// The outcome of a counted PIN check.
pub(super) enum Verdict {
    Right(Box<DataKey>),
    Wrong { attempts_left: u32 },
    Exhausted,
}

impl Vault {
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
            State::InUse => return Err(VaultError::InUse),
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
            .store_attempt_count(count_for_platform(0))
            .map_err(VaultError::KeyUnavailable)?;
        let fresh = self.dir.join(files::DB_NEW);
        files::delete_new_db(&self.dir)?;
        files::create_private_file(&fresh)?;
        drop(Db::open(&fresh, Some(&key), true)?.verified()?);
        // Both slots: a single damaged copy never costs a new vault.
        header.write_both(&self.dir, &mac_key)?;
        self.finish_create()?;
        let mut db = Db::open(&self.dir.join(files::DB), Some(&key), false)?.verified()?;
        db.settings.max_attempts = header.max_attempts;
        // The first time the vault saw, so that a clock set before the first retention
        // check is judged against it too.
        db.saw(self.clock.now(), self.clock.since_boot())?;
        self.state = State::Unlocked {
            opened: Some(Box::new(Opened { header, mac_key })),
            db,
        };
        Ok(())
    }

    /// Unlocks the vault with `pin`.
    ///
    /// The header copy is authenticated first (a damaged or edited one is reported as
    /// [`VaultError::Corrupt`] with nothing counted and every file untouched), and only
    /// its waiting time is enforced. Then the attempt is counted on disk before the PIN
    /// is checked, so killing the app during the check does not give a free guess. A
    /// PIN that breaks the PIN rules is refused without counting (it cannot be the right
    /// one). The database files are not opened, let alone written, unless the PIN is
    /// right.
    pub fn unlock(&mut self, pin: &str) -> Result<Unlocked> {
        self.ready_to_unlock()?;
        check_pin(pin)?;
        let Authentic { mut opened, sealed } = self.check_header()?;
        if let State::Locked(locked) = &self.state
            && let Some(retry_at) = self.retry_at(locked.wait.as_ref())
        {
            return Err(VaultError::TooSoon { retry_at });
        }
        let adopt_new = self.database_present(&opened.header)?;
        let verdict = self.attempt(&mut opened, &sealed, pin);
        // The counter changed on disk whatever happened; mirror it. The header's count
        // now holds the platform's too, unless the attempt failed before counting.
        self.state = self.locked_at(opened.header.clone());
        match verdict? {
            Verdict::Right(key) => {
                self.pin_typed(&mut opened);
                self.enter(&key, opened, adopt_new)
            }
            Verdict::Wrong { attempts_left } => Err(VaultError::WrongPin { attempts_left }),
            Verdict::Exhausted => {
                self.erase()?;
                Err(VaultError::Wiped)
            }
        }
    }

    /// Whether the vault can be unlocked now: locked (the directory's lock taken first
    /// if another process let go of it), or the typed reason why not.
    pub(super) fn ready_to_unlock(&mut self) -> Result<()> {
        if matches!(self.state, State::InUse) {
            self.take_dir_lock()?;
        }
        match &self.state {
            State::Locked(_) => Ok(()),
            State::NotCreated => Err(VaultError::NotCreated),
            State::Corrupt(part) => Err(VaultError::Corrupt { part: *part }),
            State::InUse => Err(VaultError::InUse),
            State::Unlocked { .. } => Err(VaultError::AlreadyUnlocked),
        }
    }

    /// Opens the database with `key` (see [`Vault::open_db`]) and leaves the vault
    /// unlocked; a database found damaged leaves it `Corrupt`.
    pub(super) fn enter(
        &mut self,
        key: &DataKey,
        mut opened: Opened,
        adopt_new: bool,
    ) -> Result<Unlocked> {
        let (db, report) = self
            .open_db(key, &mut opened, adopt_new)
            .inspect_err(|error| {
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
                self.locked_at(opened.header)
            }
            State::Unlocked { opened: None, .. } => State::NotCreated,
            other => other,
        };
    }

    /// Changes the PIN: the data key is rewrapped under the new PIN; the database is
    /// not re-encrypted. The old PIN is checked (and counted) as in [`Vault::unlock`].
    /// Both header slots get the new PIN, so the old one opens neither.
    pub fn change_pin(&mut self, old: &str, new: &str) -> Result<()> {
        let copies = self.open_header()?;
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
                // The new header has no biometric wrap: the key that opened the old
                // one goes first, so no copy of the old header can be opened by it.
                self.forget_biometric_key();
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

    /// The open vault's header, for an action that asks for the PIN again while it is
    /// open (a PIN change, turning the biometric unlock on).
    pub(super) fn open_header(&self) -> Result<Vec<Header>> {
        match &self.state {
            State::Unlocked {
                opened: Some(opened),
                ..
            } => Ok(vec![opened.header.clone()]),
            State::Unlocked { opened: None, .. } | State::NotCreated => Err(VaultError::NotCreated),
            State::Corrupt(part) => Err(VaultError::Corrupt { part: *part }),
            State::InUse => Err(VaultError::InUse),
            State::Locked(_) => Err(VaultError::Locked),
        }
    }

    /// Panic wipe: destroys the platform key, overwrites the header, deletes every
    /// vault file. Afterwards the status is `NotCreated`, as on a fresh install. Every
    /// step is tried even if an earlier one fails; the first failure is returned. A
    /// vault another process has open is not touched ([`VaultError::InUse`]).
    pub fn wipe(&mut self) -> Result<()> {
        if matches!(self.state, State::InUse) {
            self.take_dir_lock()?;
            if matches!(self.state, State::InUse) {
                return Err(VaultError::InUse);
            }
        }
        self.erase()
    }

    /// The locked state after this process wrote (or checked) `header`: its waiting
    /// time anchored now; its count already holds the platform's.
    pub(super) fn locked_at(&self, header: Header) -> State {
        State::Locked(Locked {
            copies: vec![header.clone()],
            unreadable_slot: false,
            wait: header.delay.map(|d| self.anchor(d)),
            checked: Some(header),
            platform: None,
            check_tried: false,
        })
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

    pub(super) fn retry_at(&self, wait: Option<&Delay>) -> Option<DateTime<Utc>> {
        let now = self.clock.now();
        let remaining = wait?.remaining(now, self.clock.since_boot());
        (remaining > Duration::zero()).then(|| now + remaining)
    }

    pub(super) fn set_opened(&mut self, new: Opened) {
        match &mut self.state {
            State::Unlocked { opened, .. } => *opened = Some(Box::new(new)),
            _ => self.state = self.locked_at(new.header),
        }
    }

    /// Checks the header copies of the locked vault (one platform unwrap, no PIN): the
    /// newest whose MAC holds becomes the copy every count and waiting time comes from.
    /// The first time, a damaged or edited newer copy (or an unreadable slot) is
    /// replaced by the authentic one, written into the next slot, and said once.
    /// Returns the authentic copy with its MAC key and the PIN-sealed data key.
    pub(super) fn check_header(&mut self) -> Result<Authentic> {
        let State::Locked(locked) = &self.state else {
            return Err(VaultError::Locked);
        };
        let first_check = locked.checked.is_none();
        let unreadable_slot = locked.unreadable_slot;
        let platform = locked.platform;
        let copies = locked.copies.clone();
        let mut authentic = match self.authentic(&copies) {
            Ok(authentic) => authentic,
            Err(error) => {
                if let VaultError::Corrupt { part } = error {
                    self.state = State::Corrupt(part);
                }
                return Err(error);
            }
        };
        if first_check {
            let opened = &mut authentic.opened;
            if unreadable_slot || copies.first() != Some(&opened.header) {
                // The next write goes to the slot the bad copy is in: two good copies
                // again, before anything else is written. The older copy may hold a
                // lower count than the lost one did: the platform's, if larger, is
                // written with it, so the count is never lowered by the repair.
                let header = &mut opened.header;
                let counted = platform.unwrap_or(0);
                header.failed_attempts = header.failed_attempts.max(counted);
                header.started_attempts = header.started_attempts.max(counted);
                header.write(&self.dir, &opened.mac_key)?;
                self.found(Finding::HeaderCopyRestored);
            }
            self.state = self.locked_at(opened.header.clone());
            if let State::Locked(locked) = &mut self.state {
                locked.platform = platform;
            }
        }
        Ok(authentic)
    }

    /// The newest header copy whose MAC holds, with its MAC key and the PIN-sealed data
    /// key. Nothing is written.
    pub(super) fn authentic(&self, copies: &[Header]) -> Result<Authentic> {
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

    /// Whether the database is in place: `Ok(false)` if it is, `Ok(true)` if only the
    /// new database of a creation cut short is (the vault was never opened since, and
    /// its database waits under the temporary name, to be finished after the right
    /// PIN). Otherwise the database is missing; a stray file under the temporary name is
    /// left alone.
    pub(super) fn database_present(&mut self, header: &Header) -> Result<bool> {
        if self.dir.join(files::DB).exists() {
            return Ok(false);
        }
        if header.db_generation == 0 && self.dir.join(files::DB_NEW).exists() {
            return Ok(true);
        }
        let part = VaultPart::MissingDatabase;
        self.state = State::Corrupt(part);
        Err(VaultError::Corrupt { part })
    }

    /// Counts an attempt on disk, then checks `pin`; `opened` is updated to what is on
    /// disk, except that after a right PIN the reset of the count is for the caller to
    /// write (with what it learns from the database). The erasure is earned only by a
    /// check that ran and failed with the count at the limit: a count at the limit from
    /// a check cut short leads to one more real check, never to an erase.
    pub(super) fn attempt(
        &mut self,
        opened: &mut Opened,
        sealed: &[u8],
        pin: &str,
    ) -> Result<Verdict> {
        // The larger count wins: restoring older vault files cannot lower it. A count
        // the platform cannot read counts as none: the header's authenticated count
        // stands, and the platform's is written again below.
        let platform = self.platform_count().unwrap_or(0);
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
                    .store_attempt_count(count_for_platform(0))
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
                let _ = self
                    .keys
                    .store_attempt_count(count_for_platform(header.failed_attempts));
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
    /// damaged log, sets aside a log the database will not read with, refuses an older
    /// copy of the database, then writes the header, into both slots, with the count
    /// reset and the database's new unlock count.
    pub(super) fn open_db(
        &mut self,
        key: &DataKey,
        opened: &mut Opened,
        adopt_new: bool,
    ) -> Result<(Db, Unlocked)> {
        if adopt_new {
            // Only a database this key opens is a creation cut short; anything else
            // under that name is left where it is.
            match Db::open(&self.dir.join(files::DB_NEW), Some(key), false) {
                Ok(db) => drop(db.verified()?),
                Err(VaultError::Corrupt { .. }) => {
                    return Err(VaultError::Corrupt {
                        part: VaultPart::MissingDatabase,
                    });
                }
                Err(other) => return Err(other),
            }
            self.finish_create()?;
        }
        // The log as the last session left it, before SQLite opens (and may add to) it.
        let log = files::read_present(&self.dir, files::WAL)?;
        let left_behind = log.as_ref().is_some_and(|l| l.len() > wal::HEADER_LEN);
        let mut report = self.keep_damaged_log(log.as_deref())?;
        // A log left behind may hold pages that are not this database's, even when it
        // looks whole (another vault's log with its own index): every page is then
        // checked before a checkpoint may copy them in.
        let suspect = report.log_damaged || left_behind;
        let db = match self.open_checked(key, opened.header.db_generation, suspect) {
            Ok(db) => db,
            // The log is to blame when the database reads without it: a log left
            // behind, or one the inspection found damaged or gone.
            Err(VaultError::Corrupt {
                part: VaultPart::Database | VaultPart::OlderDatabase,
            }) if suspect => self.open_without_log(key, &opened.header, &mut report, log)?,
            Err(other) => return Err(other),
        };
        let mut db = db.verified()?;
        opened.header.db_generation = db.next_generation()?;
        // Both slots: the other one still holds the count from before this right PIN
        // (the attempt's own write). Were the newest copy lost, that count would stand
        // again, larger than the platform's reset one, and cost attempts never made.
        opened.header.write_both(&self.dir, &opened.mac_key)?;
        db.settings.max_attempts = opened.header.max_attempts;
        Ok((db, report))
    }

    /// The database, refused as older when it has counted fewer unlocks than `oldest`
    /// (a copy put in its place), and as damaged when `check_pages` finds a bad page.
    fn open_checked(&self, key: &DataKey, oldest: u64, check_pages: bool) -> Result<Db> {
        let db = Db::open(&self.dir.join(files::DB), Some(key), false)?;
        if db.generation()? < oldest {
            return Err(VaultError::Corrupt {
                part: VaultPart::OlderDatabase,
            });
        }
        if check_pages {
            db.check_pages(true)?;
        }
        Ok(db)
    }

    /// The database as it was at its last checkpoint, for a log it will not read with
    /// (another vault's, damaged, or gone): the log is set aside, kept as a file, and
    /// the report says since when changes may be missing. One session's changes may go
    /// with the log, no more: a database older than that is a copy put in its place. If
    /// the database does not read without the log either, the log is put back as it was.
    fn open_without_log(
        &self,
        key: &DataKey,
        header: &Header,
        report: &mut Unlocked,
        log: Option<Vec<u8>>,
    ) -> Result<Db> {
        let kept = match (&report.kept_log, &log) {
            (Some(kept), _) => Some(kept.clone()),
            (None, Some(log)) => Some(self.keep_log(log)?),
            (None, None) => None,
        };
        files::remove_log(&self.dir)?;
        // One session's unlock may have been counted only in the log set aside.
        match self.open_checked(key, header.db_generation.saturating_sub(1), true) {
            Ok(db) => {
                report.log_damaged = true;
                report.log_set_aside = true;
                report.kept_log = kept;
                report.newest_change = db.newest_change()?;
                Ok(db)
            }
            Err(error) => {
                // Every file as it was found (the kept copy stays too).
                files::remove_log(&self.dir)?;
                if let Some(log) = log {
                    files::write_atomically(&self.dir, files::WAL, &log)?;
                }
                Err(error)
            }
        }
    }

    /// Renames the database of a new vault into place, finishing its creation.
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
    fn keep_damaged_log(&self, wal: Option<&[u8]>) -> Result<Unlocked> {
        let shm = files::read_present(&self.dir, files::SHM)?;
        if wal::inspect(wal, shm.as_deref()) == wal::LogState::Intact {
            return Ok(Unlocked::default());
        }
        let kept_log = match wal {
            Some(log) => Some(self.keep_log(log)?),
            None => None,
        };
        Ok(Unlocked {
            log_damaged: true,
            kept_log,
            ..Unlocked::default()
        })
    }

    /// Keeps `log` as the next free `vault.db-wal.kept-N`; its name.
    fn keep_log(&self, log: &[u8]) -> Result<String> {
        let name = (1..=u32::MAX)
            .map(|n| format!("{}{n}", files::KEPT_WAL_PREFIX))
            .find(|name| !self.dir.join(name).exists())
            .ok_or(VaultError::Corrupt {
                part: VaultPart::Database,
            })?;
        files::write_private_new(&self.dir.join(&name), log)?;
        files::sync_dir(&self.dir)?;
        Ok(name)
    }

    /// Crypto-erase: close the database, destroy the platform key, overwrite the
    /// header with noise, delete every file. Tries every step; returns the first error.
    pub(super) fn erase(&mut self) -> Result<()> {
        self.state = State::NotCreated;
        self.pin_required_here = false;
        self.forget_biometric_key();
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
}

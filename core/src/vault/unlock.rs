//! The unlock protocol: creating a vault, counting and checking a PIN, the waiting
//! times after wrong ones, opening the database after a right one, changing the PIN,
//! locking, and the crypto-erase.
//!
//! Every step that changes the header writes it durably before the next step may act
//! on it: an attempt is counted before the PIN is checked, and the erase is earned only
//! by a check that ran and failed at the limit.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use zeroize::Zeroizing;

use super::db::Db;
use super::error::{Result, VaultError, VaultPart};
use super::header::{Delay, Header};
use super::key_wrapper::KeyWrapperError;
use super::keys::{DataKey, MacKey};
use super::pin::check_pin;
use super::settings::VaultSettings;
use super::{State, Unlocked, Vault, files, wal};

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
struct Authentic {
    opened: Opened,
    sealed: Zeroizing<Vec<u8>>,
}

/// The outcome of a counted PIN check.
enum Verdict {
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

    /// The locked state for these copies, with the waiting time anchored in this
    /// process, and the platform's count as last known (for the status only: a check
    /// reads it again).
    pub(super) fn locked(&self, copies: Vec<Header>, platform: u32) -> State {
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

    pub(super) fn retry_at(&self, wait: Option<&Delay>) -> Option<DateTime<Utc>> {
        let now = self.clock.now();
        let remaining = wait?.remaining(now, self.clock.since_boot());
        (remaining > Duration::zero()).then(|| now + remaining)
    }

    fn set_opened(&mut self, new: Opened) {
        match &mut self.state {
            State::Unlocked { opened, .. } => *opened = Some(Box::new(new)),
            _ => self.state = self.locked(vec![new.header], 0),
        }
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

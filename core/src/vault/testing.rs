//! Hooks for benchmarks and the secure-delete test, compiled only with the `testing`
//! feature (which the crate's own tests and benches enable). Not for apps.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::db::Db;
use super::header::Header;
use super::keys::DataKey;
use super::{Clock, KeyWrapper, KeyWrapperError, Result, State, Vault, VaultError, files};
use crate::casework::CaseId;

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
        biometrics: Arc::new(super::NoBiometrics),
        clock,
        pin_required_here: false,
        state: State::Unlocked { opened: None, db },
        dir_lock: None,
        findings: Default::default(),
        count_unreadable_said: false,
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

    /// The key's bytes and its `PRAGMA key` hex, each byte XORed with `mask` (see
    /// `core/tests/memory_after_lock.rs`).
    pub fn masked(&self, mask: u8) -> (Vec<u8>, Vec<u8>) {
        self.key.masked(mask)
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
pub use super::key_wrapper::{count_for_platform, count_from_platform};

/// Adds many notes in one transaction, to build benchmark data quickly.
pub fn add_notes_in_one_transaction(
    vault: &mut Vault,
    case: CaseId,
    bodies: &[String],
) -> Result<()> {
    let now = vault.clock.now();
    vault.db()?.add_notes_bulk(case, bodies, now)
}

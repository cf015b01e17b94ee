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

/// What a [`FakeBiometrics`] prompt answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptAnswer {
    /// The enrolled finger: the key is released.
    Recognised,
    /// The prompt fails with this error (a cancel, a lock-out, a platform fault).
    Fails(super::BiometricError),
    /// The platform hands back bytes that are not the secret it was given (a broken
    /// keystore, a swapped item).
    WrongSecret,
}

/// A biometric platform in memory, for tests and benchmarks: its key is a random XOR
/// pad, the prompt answers what it is told ([`FakeBiometrics::answer`], recognised
/// unless told), and it records what the prompt said and how often it was shown.
#[derive(Default)]
pub struct FakeBiometrics {
    inner: std::sync::Mutex<FakeInner>,
}

#[derive(Default)]
struct FakeInner {
    pad: Option<Vec<u8>>,
    answers: std::collections::VecDeque<PromptAnswer>,
    prompts: Vec<super::BiometricPrompt>,
    forgotten: u32,
}

impl std::fmt::Debug for FakeBiometrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FakeBiometrics")
    }
}

impl FakeBiometrics {
    fn inner(&self) -> std::sync::MutexGuard<'_, FakeInner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The next prompt answers `answer` (queued after earlier ones).
    pub fn answer(&self, answer: PromptAnswer) {
        self.inner().answers.push_back(answer);
    }

    /// Drops the answers no prompt took.
    pub fn forget_answers(&self) {
        self.inner().answers.clear();
    }

    /// A fingerprint enrolled or removed: the key is gone, as Android's
    /// `KeyPermanentlyInvalidatedException` or iOS `.biometryCurrentSet` make it.
    pub fn invalidate(&self) {
        self.inner().pad = None;
    }

    /// Whether the platform holds a key.
    pub fn has_key(&self) -> bool {
        self.inner().pad.is_some()
    }

    /// Every prompt shown, oldest first.
    pub fn prompts(&self) -> Vec<super::BiometricPrompt> {
        self.inner().prompts.clone()
    }

    /// How often `forget` was called.
    pub fn forgotten(&self) -> u32 {
        self.inner().forgotten
    }

    fn prompt(&self, prompt: &super::BiometricPrompt) -> Result<(), super::BiometricError> {
        let mut inner = self.inner();
        inner.prompts.push(prompt.clone());
        match inner.answers.pop_front() {
            Some(PromptAnswer::Fails(error)) => Err(error),
            _ => Ok(()),
        }
    }
}

fn xor(data: &[u8], pad: &[u8]) -> Vec<u8> {
    data.iter()
        .zip(pad.iter().cycle())
        .map(|(d, p)| d ^ p)
        .collect()
}

impl super::Biometrics for FakeBiometrics {
    fn enroll(
        &self,
        secret: &[u8],
        prompt: &super::BiometricPrompt,
    ) -> Result<Vec<u8>, super::BiometricError> {
        self.prompt(prompt)?;
        let mut pad = vec![0u8; 32];
        getrandom::fill(&mut pad).map_err(|_| super::BiometricError::Failed { code: -1 })?;
        let wrapped = xor(secret, &pad);
        self.inner().pad = Some(pad);
        Ok(wrapped)
    }

    fn unlock(
        &self,
        wrapped: &[u8],
        prompt: &super::BiometricPrompt,
    ) -> Result<Vec<u8>, super::BiometricError> {
        let Some(pad) = self.inner().pad.clone() else {
            return Err(super::BiometricError::KeyInvalidated);
        };
        let wrong = self.inner().answers.front() == Some(&PromptAnswer::WrongSecret);
        self.prompt(prompt)?;
        let secret = xor(wrapped, &pad);
        Ok(if wrong {
            secret.iter().map(|b| b ^ 0x5a).collect()
        } else {
            secret
        })
    }

    fn forget(&self) -> Result<(), super::BiometricError> {
        let mut inner = self.inner();
        inner.pad = None;
        inner.forgotten += 1;
        Ok(())
    }
}

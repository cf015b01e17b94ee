//! The platform's key: a second wrap around the PIN-sealed data key, held by the
//! hardware keystore on phones (AndroidKeyStore, Secure Enclave / Keychain).
//!
//! With it, a copy of the vault files is useless off the device: the PIN cannot be
//! brute-forced offline without the device's key.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use thiserror::Error;
use zeroize::Zeroizing;

use super::files;

/// A platform key that wraps and unwraps small secrets. The shells implement it with
/// the hardware keystore; the FFI crate adapts a foreign trait to it.
pub trait KeyWrapper: Send + Sync {
    /// Encrypts `plaintext` under the platform key, creating the key if needed.
    fn wrap(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts what `wrap` returned.
    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError>;
    /// Destroys the platform key for good (crypto-erase), and the attempt count with it.
    /// Idempotent.
    fn destroy(&self) -> Result<(), KeyWrapperError>;
    /// The vault's count of wrong PINs as the platform holds it, outside the vault's
    /// files, so that restoring an older copy of those files cannot lower it: the number
    /// last given to [`KeyWrapper::store_attempt_count`], unchanged. `None` if the
    /// platform holds none (never stored, or it cannot hold one).
    fn attempt_count(&self) -> Result<Option<u32>, KeyWrapperError>;
    /// Stores the vault's count of wrong PINs with the platform. The number carries a
    /// check of its own (see [`count_for_platform`]): keep it as it is.
    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError>;
}

/// The bit of the platform's number that says a quick exit was made since the right
/// PIN: kept outside the vault's files, so restoring an older copy of the header cannot
/// let a finger in after a quick exit.
const PIN_REQUIRED: u32 = 0x8000;

/// The count of wrong PINs as the platform holds it: the count in the low 15 bits, the
/// quick exit's bit, and a check of both in the high 16, so that a copy damaged at rest
/// (a digit flipped in a file) reads as unreadable, never as another, larger count that
/// would erase the vault before the limit of wrong PINs really checked. The platform
/// keeps the number as it is.
pub fn count_for_platform(count: u32) -> u32 {
    held_by_platform(count, false)
}

/// [`count_for_platform`], with the quick exit's bit when `pin_required`.
pub(crate) fn held_by_platform(count: u32, pin_required: bool) -> u32 {
    let value = count.min(PIN_REQUIRED - 1) | if pin_required { PIN_REQUIRED } else { 0 };
    value | (count_check(value) << 16)
}

/// The count in what the platform held; `None` if its check fails (damaged, or not
/// written by this vault). For tests that read what the platform holds.
#[cfg(any(test, feature = "testing"))]
pub fn count_from_platform(stored: u32) -> Option<u32> {
    read_from_platform(stored).map(|(count, _)| count)
}

/// The count and whether a quick exit asks for the PIN; `None` if the check fails.
pub(crate) fn read_from_platform(stored: u32) -> Option<(u32, bool)> {
    let value = stored & 0xFFFF;
    (stored >> 16 == count_check(value))
        .then_some((value & (PIN_REQUIRED - 1), value & PIN_REQUIRED != 0))
}

/// A fixed mix of the count's 16 bits: a random number passes with a chance of 1 in
/// 65,536.
fn count_check(count: u32) -> u32 {
    (count.wrapping_mul(0x9E37_79B1) >> 16) ^ 0xC35A
}

/// Why the platform key could not be used. Never contains key material. The shells'
/// key wrappers throw it (Kotlin `KeyWrapperException`, Swift `KeyWrapperError`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[cfg_attr(feature = "ffi", derive(uniffi::Error))]
#[non_exhaustive]
pub enum KeyWrapperError {
    /// The key does not exist (never created, destroyed, or removed by the OS). Throw it
    /// when the platform has no key under the wrapper's alias.
    #[error("the platform key does not exist")]
    KeyMissing,
    /// The wrapped data was not made by this key, or was altered. Throw it when
    /// authenticated decryption fails.
    #[error("the wrapped data does not match the platform key")]
    Rejected,
    /// The platform failed for another reason (locked device, keystore error). Throw it
    /// with a short technical description, without secrets or paths.
    #[error("the platform key failed: {reason}")]
    Failed {
        /// What went wrong.
        reason: String,
    },
}

/// A software key wrapper: a random 32-byte key in a file, XChaCha20-Poly1305, and the
/// attempt count in a second file.
///
/// **NOT FOR PHONES.** The key lies in a plain file, normally next to the data it
/// protects, so it adds no protection against anyone who can read the app's files. It
/// exists for tests and the desktop preview only. Phones must use the hardware keystore
/// (AndroidKeyStore with StrongBox where present, Secure Enclave or Keychain
/// `WhenPasscodeSetThisDeviceOnly`).
pub struct SoftwareKeyWrapper {
    dir: PathBuf,
}

const SOFTWARE_KEY_FILE: &str = "software-key-NOT-FOR-PHONES.bin";
const SOFTWARE_COUNT_FILE: &str = "attempts-NOT-FOR-PHONES.txt";
const SOFTWARE_AAD: &[u8] = b"signalenkaart software key wrapper v1";
const NONCE_LEN: usize = 24;

impl SoftwareKeyWrapper {
    /// A wrapper keeping its key file in `dir` (created if missing, and readable by the
    /// app's user only, as the vault's own directory). NOT FOR PHONES: see the type's
    /// documentation.
    pub fn new(dir: &Path) -> Result<Self, KeyWrapperError> {
        files::create_private_dir(dir).map_err(failed)?;
        Ok(Self {
            dir: dir.to_owned(),
        })
    }

    fn key(&self, create: bool) -> Result<XChaCha20Poly1305, KeyWrapperError> {
        let path = self.dir.join(SOFTWARE_KEY_FILE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => Zeroizing::new(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound && create => {
                let mut key = Zeroizing::new(vec![0u8; 32]);
                getrandom::fill(&mut key).map_err(|_| KeyWrapperError::Failed {
                    reason: "random generator failed".into(),
                })?;
                files::write_atomically(&self.dir, SOFTWARE_KEY_FILE, &key).map_err(failed)?;
                key
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(KeyWrapperError::KeyMissing);
            }
            Err(e) => return Err(failed(e)),
        };
        // A damaged key file will not get better: the key is gone for good.
        XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| KeyWrapperError::Rejected)
    }
}

fn failed(e: io::Error) -> KeyWrapperError {
    KeyWrapperError::Failed {
        reason: e.kind().to_string(),
    }
}

impl fmt::Debug for SoftwareKeyWrapper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SoftwareKeyWrapper(NOT FOR PHONES)")
    }
}

impl KeyWrapper for SoftwareKeyWrapper {
    fn wrap(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        let cipher = self.key(true)?;
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).map_err(|_| KeyWrapperError::Failed {
            reason: "random generator failed".into(),
        })?;
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: SOFTWARE_AAD,
                },
            )
            .map_err(|_| KeyWrapperError::Failed {
                reason: "encryption failed".into(),
            })?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        let cipher = self.key(false)?;
        if wrapped.len() < NONCE_LEN {
            return Err(KeyWrapperError::Rejected);
        }
        let (nonce, sealed) = wrapped.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| KeyWrapperError::Rejected)?;
        cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: sealed,
                    aad: SOFTWARE_AAD,
                },
            )
            .map_err(|_| KeyWrapperError::Rejected)
    }

    fn destroy(&self) -> Result<(), KeyWrapperError> {
        let path = self.dir.join(SOFTWARE_KEY_FILE);
        files::overwrite_with_random(&path).map_err(failed)?;
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(failed(e)),
        }
        match fs::remove_file(self.dir.join(SOFTWARE_COUNT_FILE)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(failed(e)),
        }
        files::sync_dir(&self.dir).map_err(failed)
    }

    fn attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
        match fs::read_to_string(self.dir.join(SOFTWARE_COUNT_FILE)) {
            Ok(text) => text
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| KeyWrapperError::Failed {
                    reason: "the attempt count file is damaged".into(),
                }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError> {
        files::write_atomically(&self.dir, SOFTWARE_COUNT_FILE, count.to_string().as_bytes())
            .map_err(failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_platform_count_round_trips_and_a_damaged_one_reads_as_none() {
        for count in [0, 1, 9, 10, 20, 0x7FFF] {
            assert_eq!(count_from_platform(count_for_platform(count)), Some(count));
        }
        assert_eq!(
            count_from_platform(count_for_platform(70_000)),
            Some(0x7FFF)
        );
        // The quick exit's bit: read back, never taken for a count, under the check.
        for count in [0, 2, 9] {
            let stored = held_by_platform(count, true);
            assert_eq!(read_from_platform(stored), Some((count, true)));
            assert_eq!(count_from_platform(stored), Some(count));
            assert_eq!(read_from_platform(stored ^ 0x8000), None, "the bit flipped");
            assert_eq!(
                read_from_platform(count_for_platform(count)),
                Some((count, false))
            );
        }
        // Every single bit flipped, and digits changed in its decimal form.
        for count in [0, 3, 9] {
            let stored = count_for_platform(count);
            for bit in 0..32 {
                assert_eq!(
                    count_from_platform(stored ^ (1 << bit)),
                    None,
                    "{count} bit {bit}"
                );
            }
            let decimal = stored.to_string().replace('4', "0").replace('3', "7");
            if let Ok(changed) = decimal.parse::<u32>()
                && changed != stored
            {
                assert_eq!(count_from_platform(changed), None, "{decimal}");
            }
        }
        // A plain count, as the platform held before the check was added: unreadable.
        assert_eq!(count_from_platform(3), None);
    }
}

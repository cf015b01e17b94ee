//! The key hierarchy: a random data key opens the database; it is sealed under a key
//! derived from the PIN with Argon2id, and that seal is wrapped by the platform key.

use std::fmt;
use std::fmt::Write as _;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::error::{Result, VaultError, VaultPart};

/// Length of the data key and of the PIN-derived key.
pub(crate) const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
pub(crate) const SALT_LEN: usize = 16;

/// The database's key: 32 random bytes, used as SQLCipher raw key so opening needs no
/// PBKDF2. Zeroized on drop; `Debug` never shows it, there is no `Display`.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// The `PRAGMA key` statement around the hex key.
const PRAGMA_START: &str = "PRAGMA key = \"x'";
const PRAGMA_END: &str = "'\";";

impl DataKey {
    /// A fresh key from the OS random generator. Boxed, and never moved out of its
    /// box: a move would leave an unzeroized copy behind.
    pub(crate) fn generate() -> Result<Box<Self>> {
        let mut key = Box::new(DataKey([0u8; KEY_LEN]));
        getrandom::fill(&mut key.0).map_err(|_| VaultError::Random)?;
        Ok(key)
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Box<Self>> {
        if bytes.len() != KEY_LEN {
            return None;
        }
        let mut key = Box::new(DataKey([0u8; KEY_LEN]));
        key.0.copy_from_slice(bytes);
        Some(key)
    }

    /// The key's bytes and the lowercase hex `PRAGMA key` carries, each byte XORed with
    /// `mask`, for a test that looks for the key in memory without holding it in the
    /// clear itself.
    #[cfg(feature = "testing")]
    pub(crate) fn masked(&self, mask: u8) -> (Vec<u8>, Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let raw = self.0.iter().map(|b| b ^ mask).collect();
        let hex = self
            .0
            .iter()
            .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0x0f)]])
            .map(|c| c ^ mask)
            .collect();
        (raw, hex)
    }

    /// The `PRAGMA key` statement for this key, in zeroizing memory of exactly its
    /// length, so writing it never reallocates (which would leave a copy unzeroized).
    pub(crate) fn key_pragma(&self) -> Zeroizing<String> {
        let len = PRAGMA_START.len() + 2 * KEY_LEN + PRAGMA_END.len();
        let mut sql = Zeroizing::new(String::with_capacity(len));
        sql.push_str(PRAGMA_START);
        for byte in &self.0 {
            // Writing to a String cannot fail.
            let _ = write!(sql, "{byte:02x}");
        }
        sql.push_str(PRAGMA_END);
        debug_assert_eq!(sql.capacity(), len);
        sql
    }
}

/// The data key in zeroizing memory, for the platform's biometric key to wrap.
pub(crate) fn exposed(key: &DataKey) -> Zeroizing<Vec<u8>> {
    Zeroizing::new(key.0.to_vec())
}

/// A keyed check of `key` under the header's MAC key: a data key handed back by the
/// biometric platform is compared with it before it goes near the database, so a wrong
/// one never reads as a damaged database. Without the MAC key it says nothing of the key.
pub(crate) fn key_check(mac_key: &MacKey, key: &DataKey) -> Result<[u8; KEY_LEN]> {
    use blake2::Blake2bMac;
    use blake2::digest::Mac as _;
    use blake2::digest::consts::U32;
    let mut mac = <Blake2bMac<U32> as blake2::digest::KeyInit>::new_from_slice(&mac_key.0)
        .map_err(|_| VaultError::Corrupt {
            part: VaultPart::Header,
        })?;
    mac.update(b"signalenkaart biometric key check\0");
    mac.update(&key.0);
    Ok(mac.finalize().into_bytes().into())
}

/// The key of the header's MAC: random, kept only inside the platform key's wrap, so
/// the vault files alone can neither forge nor edit a header.
#[derive(Zeroize, ZeroizeOnDrop)]
pub(crate) struct MacKey(pub(crate) [u8; KEY_LEN]);

impl MacKey {
    pub(crate) fn generate() -> Result<Box<Self>> {
        let mut key = Box::new(MacKey([0u8; KEY_LEN]));
        getrandom::fill(&mut key.0).map_err(|_| VaultError::Random)?;
        Ok(key)
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Box<Self>> {
        if bytes.len() != KEY_LEN {
            return None;
        }
        let mut key = Box::new(MacKey([0u8; KEY_LEN]));
        key.0.copy_from_slice(bytes);
        Some(key)
    }
}

/// Argon2id parameters, stored in the header so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 19 * 1024,
        t: 2,
        p: 1,
    };

    /// Parameters an honest header can carry: at least the default, and small enough
    /// that a forged header cannot make the phone allocate gigabytes.
    pub(crate) fn plausible(&self) -> bool {
        (Self::DEFAULT.m_kib..=1024 * 1024).contains(&self.m_kib)
            && (Self::DEFAULT.t..=16).contains(&self.t)
            && (1..=8).contains(&self.p)
    }

    fn derive(&self, pin: &str, salt: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN)).map_err(|_| {
            VaultError::Corrupt {
                part: VaultPart::Header,
            }
        })?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(pin.as_bytes(), salt, out.as_mut())
            .map_err(|_| VaultError::Corrupt {
                part: VaultPart::Header,
            })?;
        Ok(out)
    }
}

/// Seals the data key under Argon2id(PIN, salt); `aad` binds the header's format and
/// parameters. Returns nonce || ciphertext.
pub(crate) fn seal(
    key: &DataKey,
    pin: &str,
    salt: &[u8],
    params: &KdfParams,
    aad: &[u8],
) -> Result<Vec<u8>> {
    let pin_key = params.derive(pin, salt)?;
    let cipher =
        XChaCha20Poly1305::new_from_slice(pin_key.as_ref()).map_err(|_| VaultError::Corrupt {
            part: VaultPart::Header,
        })?;
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|_| VaultError::Random)?;
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: &key.0, aad })
        .map_err(|_| VaultError::Random)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens what [`seal`] made. `Ok(None)` means the PIN is wrong (or the seal altered).
pub(crate) fn open(
    sealed: &[u8],
    pin: &str,
    salt: &[u8],
    params: &KdfParams,
    aad: &[u8],
) -> Result<Option<Box<DataKey>>> {
    if sealed.len() < NONCE_LEN {
        return Err(VaultError::Corrupt {
            part: VaultPart::Header,
        });
    }
    let pin_key = params.derive(pin, salt)?;
    let cipher =
        XChaCha20Poly1305::new_from_slice(pin_key.as_ref()).map_err(|_| VaultError::Corrupt {
            part: VaultPart::Header,
        })?;
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| VaultError::Corrupt {
        part: VaultPart::Header,
    })?;
    match cipher.decrypt(&nonce, Payload { msg: body, aad }) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            DataKey::from_slice(&plain)
                .map(Some)
                .ok_or(VaultError::Corrupt {
                    part: VaultPart::Header,
                })
        }
        Err(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_key_bytes() {
        let key = DataKey([0xab; KEY_LEN]);
        let debug = format!("{key:?}");
        assert_eq!(debug, "DataKey(<redacted>)");
        assert!(!debug.to_lowercase().contains("ab"));
    }

    #[test]
    fn key_pragma_is_a_raw_hex_key() {
        let key = DataKey([0x0f; KEY_LEN]);
        let sql = key.key_pragma();
        assert_eq!(
            sql.as_str(),
            format!("PRAGMA key = \"x'{}'\";", "0f".repeat(32))
        );
        // Exactly its length: building it never reallocated.
        assert_eq!(sql.capacity(), sql.len());
    }
}

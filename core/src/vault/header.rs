//! The vault header: its own small file holding everything needed before the database
//! can be opened. Versioned JSON, replaced atomically.

use std::fs;
use std::io;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::{Result, VaultError};
use super::files;
use super::key_wrapper::KeyWrapper;
use super::keys::{self, DataKey, KdfParams, SALT_LEN};
use super::settings::MAX_ATTEMPTS;

/// The header format this code writes and reads.
const FORMAT: u32 = 1;

/// What the header file holds. `wrapped_key` is the data key sealed under
/// Argon2id(PIN) and then wrapped by the platform key.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    pub wrapped_key: Vec<u8>,
    pub failed_attempts: u32,
    pub max_attempts: u32,
    pub retry_at: Option<DateTime<Utc>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderFile {
    format: u32,
    kdf: KdfParams,
    salt: String,
    wrapped_key: String,
    failed_attempts: u32,
    max_attempts: u32,
    retry_at_ns: Option<i64>,
}

const CORRUPT: VaultError = VaultError::Corrupt { part: "header" };

impl Header {
    /// A header for `key` under `pin`: new salt, default parameters.
    pub fn seal(
        key: &DataKey,
        pin: &str,
        keys: &dyn KeyWrapper,
        max_attempts: u32,
    ) -> Result<Self> {
        let mut salt = vec![0u8; SALT_LEN];
        getrandom::fill(&mut salt).map_err(|_| VaultError::Random)?;
        let kdf = KdfParams::DEFAULT;
        let sealed = keys::seal(key, pin, &salt, &kdf, &aad(&kdf, &salt))?;
        let wrapped_key = keys.wrap(&sealed).map_err(VaultError::KeyUnavailable)?;
        Ok(Self {
            kdf,
            salt,
            wrapped_key,
            failed_attempts: 0,
            max_attempts,
            retry_at: None,
        })
    }

    /// Removes the platform key's wrap. Needs no PIN, so it is not an attempt.
    pub fn unwrap_platform(&self, keys: &dyn KeyWrapper) -> Result<Vec<u8>> {
        keys.unwrap(&self.wrapped_key)
            .map_err(VaultError::KeyUnavailable)
    }

    /// Runs Argon2id and the AEAD: `Ok(None)` if the PIN is wrong.
    pub fn open_sealed(&self, sealed: &[u8], pin: &str) -> Result<Option<DataKey>> {
        keys::open(
            sealed,
            pin,
            &self.salt,
            &self.kdf,
            &aad(&self.kdf, &self.salt),
        )
    }

    /// Reads the header; `None` if there is none.
    pub fn read(dir: &Path) -> Result<Option<Self>> {
        let bytes = match fs::read(dir.join(files::HEADER)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let file: HeaderFile = serde_json::from_slice(&bytes).map_err(|_| CORRUPT)?;
        if file.format != FORMAT
            || !file.kdf.plausible()
            || !MAX_ATTEMPTS.contains(&file.max_attempts)
        {
            return Err(CORRUPT);
        }
        let salt = from_hex(&file.salt).ok_or(CORRUPT)?;
        if salt.len() != SALT_LEN {
            return Err(CORRUPT);
        }
        Ok(Some(Self {
            kdf: file.kdf,
            salt,
            wrapped_key: from_hex(&file.wrapped_key).ok_or(CORRUPT)?,
            failed_attempts: file.failed_attempts,
            max_attempts: file.max_attempts,
            retry_at: file.retry_at_ns.map(DateTime::from_timestamp_nanos),
        }))
    }

    /// Replaces the header file durably.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let file = HeaderFile {
            format: FORMAT,
            kdf: self.kdf,
            salt: to_hex(&self.salt),
            wrapped_key: to_hex(&self.wrapped_key),
            failed_attempts: self.failed_attempts,
            max_attempts: self.max_attempts,
            retry_at_ns: self.retry_at.and_then(|t| t.timestamp_nanos_opt()),
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(|_| CORRUPT)?;
        files::write_atomically(dir, files::HEADER, &bytes)?;
        Ok(())
    }
}

/// Binds the sealed key to the header format, the KDF parameters and the salt, so a
/// header with weakened parameters fails to open instead of opening faster.
fn aad(kdf: &KdfParams, salt: &[u8]) -> Vec<u8> {
    let mut aad = b"signalenkaart vault header".to_vec();
    for n in [FORMAT, kdf.m_kib, kdf.t, kdf.p] {
        aad.extend_from_slice(&n.to_le_bytes());
    }
    aad.extend_from_slice(salt);
    aad
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_garbage() {
        let bytes = [0u8, 1, 0x7f, 0xff, 0xa0];
        assert_eq!(from_hex(&to_hex(&bytes)).as_deref(), Some(&bytes[..]));
        for bad in ["0", "zz", "0g", "é0"] {
            assert_eq!(from_hex(bad), None, "{bad}");
        }
    }
}

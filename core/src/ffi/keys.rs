//! The platform key as a foreign trait: the shells implement [`PlatformKeyWrapper`]
//! with the hardware keystore (AndroidKeyStore, Secure Enclave / Keychain); the core
//! sees it as its own [`KeyWrapper`].

use std::path::Path;
use std::sync::Arc;

use crate::vault::{KeyWrapper, KeyWrapperError, SoftwareKeyWrapper};

use super::CoreError;

/// A platform key that wraps and unwraps small secrets, implemented by each shell.
///
/// What is wrapped is the vault's data key, already sealed under the PIN; the platform
/// key adds that the vault files are useless off the device.
#[uniffi::export(with_foreign)]
pub trait PlatformKeyWrapper: Send + Sync {
    /// Encrypts `plaintext` under the platform key, creating the key if needed.
    fn wrap(&self, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyWrapperFailure>;
    /// Decrypts what `wrap` returned.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperFailure>;
    /// Destroys the platform key for good (crypto-erase). Must succeed if there is no
    /// key. (Not `destroy`: the generated Kotlin objects already have a `destroy()`
    /// that frees the Rust side, and the names would clash.)
    fn destroy_key(&self) -> Result<(), KeyWrapperFailure>;
}

/// Why the platform key could not be used. Messages must not contain key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[non_exhaustive]
pub enum KeyWrapperFailure {
    /// The key does not exist (never created, destroyed, or removed by the OS).
    #[error("the platform key does not exist")]
    KeyMissing,
    /// The wrapped data was not made by this key, or was altered.
    #[error("the wrapped data does not match the platform key")]
    Rejected,
    /// The platform failed; `reason` is a short technical description without secrets.
    #[error("the platform key failed: {reason}")]
    Failed {
        /// What went wrong.
        reason: String,
    },
}

/// A foreign implementation threw something other than a [`KeyWrapperFailure`] (a
/// `RuntimeException` in Kotlin, say): the core sees a failed key, never a panic.
impl From<uniffi::UnexpectedUniFFICallbackError> for KeyWrapperFailure {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyWrapperFailure::Failed {
            reason: format!("unexpected platform error: {}", error.reason),
        }
    }
}

impl From<KeyWrapperFailure> for KeyWrapperError {
    fn from(failure: KeyWrapperFailure) -> Self {
        match failure {
            KeyWrapperFailure::KeyMissing => KeyWrapperError::KeyMissing,
            KeyWrapperFailure::Rejected => KeyWrapperError::Rejected,
            KeyWrapperFailure::Failed { reason } => KeyWrapperError::Failed { reason },
        }
    }
}

impl From<KeyWrapperError> for KeyWrapperFailure {
    fn from(error: KeyWrapperError) -> Self {
        match error {
            KeyWrapperError::KeyMissing => KeyWrapperFailure::KeyMissing,
            KeyWrapperError::Rejected => KeyWrapperFailure::Rejected,
            KeyWrapperError::Failed { reason } => KeyWrapperFailure::Failed { reason },
        }
    }
}

/// The shell's key wrapper as the core's [`KeyWrapper`].
pub(crate) struct ForeignKeys(pub(crate) Arc<dyn PlatformKeyWrapper>);

impl KeyWrapper for ForeignKeys {
    fn wrap(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        Ok(self.0.wrap(plaintext.to_vec())?)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        Ok(self.0.unwrap(wrapped.to_vec())?)
    }

    fn destroy(&self) -> Result<(), KeyWrapperError> {
        Ok(self.0.destroy_key()?)
    }
}

/// The core's software key wrapper offered to the shells. NOT FOR PHONES.
struct InsecureSoftwareKeys(SoftwareKeyWrapper);

impl PlatformKeyWrapper for InsecureSoftwareKeys {
    fn wrap(&self, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyWrapperFailure> {
        Ok(self.0.wrap(&plaintext)?)
    }

    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperFailure> {
        Ok(self.0.unwrap(&wrapped)?)
    }

    fn destroy_key(&self) -> Result<(), KeyWrapperFailure> {
        Ok(self.0.destroy()?)
    }
}

/// A key wrapper that keeps its key **in a plain file** in `dir`: for tests and the
/// desktop preview only.
///
/// **NOT FOR PHONES.** The key lies next to the data it protects, so it adds no
/// protection against anyone who can read the app's files. Phones implement
/// `PlatformKeyWrapper` with the hardware keystore.
#[uniffi::export]
pub fn insecure_software_key_wrapper(
    dir: String,
) -> Result<Arc<dyn PlatformKeyWrapper>, CoreError> {
    let keys = SoftwareKeyWrapper::new(Path::new(&dir))?;
    Ok(Arc::new(InsecureSoftwareKeys(keys)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unexpected_foreign_exception_becomes_a_failed_key_not_a_panic() {
        let thrown =
            uniffi::UnexpectedUniFFICallbackError::new("java.lang.IllegalStateException: boom");
        let failure = KeyWrapperFailure::from(thrown);
        let KeyWrapperFailure::Failed { reason } = &failure else {
            panic!("{failure:?}")
        };
        assert!(reason.contains("IllegalStateException: boom"), "{reason}");
        assert!(matches!(
            KeyWrapperError::from(failure),
            KeyWrapperError::Failed { .. }
        ));
    }

    #[test]
    fn failures_keep_their_kind_both_ways() {
        for failure in [
            KeyWrapperFailure::KeyMissing,
            KeyWrapperFailure::Rejected,
            KeyWrapperFailure::Failed { reason: "x".into() },
        ] {
            let back = KeyWrapperFailure::from(KeyWrapperError::from(failure.clone()));
            assert_eq!(back, failure);
        }
    }
}

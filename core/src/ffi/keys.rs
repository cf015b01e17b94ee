//! The platform key as a foreign trait: the shells implement [`PlatformKeyWrapper`]
//! with the hardware keystore (AndroidKeyStore, Secure Enclave / Keychain); the core
//! sees it as its own [`KeyWrapper`]. Both speak the vault's [`KeyWrapperError`], so
//! what a shell throws is what the vault handles (Kotlin `KeyWrapperException`).

#[cfg(feature = "insecure-test-exports")]
use std::path::Path;
use std::sync::Arc;

#[cfg(feature = "insecure-test-exports")]
use super::CoreError;
#[cfg(feature = "insecure-test-exports")]
use crate::vault::SoftwareKeyWrapper;
use crate::vault::{KeyWrapper, KeyWrapperError};

/// A platform key that wraps and unwraps small secrets, implemented by each shell.
///
/// What is wrapped is the vault's data key, already sealed under the PIN; the platform
/// key adds that the vault files are useless off the device.
#[uniffi::export(with_foreign)]
pub trait PlatformKeyWrapper: Send + Sync {
    /// Encrypts `plaintext` under the platform key, creating the key if needed.
    fn wrap(&self, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts what `wrap` returned.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
    /// Destroys the platform key for good (crypto-erase). Must succeed if there is no
    /// key. (Not `destroy`: the generated Kotlin objects already have a `destroy()`
    /// that frees the Rust side, and the names would clash.)
    fn destroy_key(&self) -> Result<(), KeyWrapperError>;
    /// The number `store_attempt_count` was last given, unchanged, or `null`/`nil` if
    /// none is held. Kept outside the vault's files, where restoring an older copy of them
    /// cannot lower it (iOS: a Keychain item `WhenPasscodeSetThisDeviceOnly`; Android:
    /// outside the vault directory, see android/README.md). `destroy_key` deletes it.
    /// Throw when it cannot be read; the vault then counts on its own count.
    fn load_attempt_count(&self) -> Result<Option<u32>, KeyWrapperError>;
    /// Stores the vault's count of wrong PINs, durably. The number carries a check the
    /// core adds (so a damaged copy is noticed): keep it as given, do not interpret it.
    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError>;
}

/// A foreign implementation threw something other than a [`KeyWrapperError`] (a
/// `RuntimeException` in Kotlin, say): the core sees a failed key, never a panic.
impl From<uniffi::UnexpectedUniFFICallbackError> for KeyWrapperError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyWrapperError::Failed {
            reason: format!("unexpected platform error: {}", error.reason),
        }
    }
}

/// The shell's key wrapper as the core's [`KeyWrapper`].
pub(crate) struct ForeignKeys(pub(crate) Arc<dyn PlatformKeyWrapper>);

impl KeyWrapper for ForeignKeys {
    fn wrap(&self, plaintext: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        self.0.wrap(plaintext.to_vec())
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        self.0.unwrap(wrapped.to_vec())
    }

    fn destroy(&self) -> Result<(), KeyWrapperError> {
        self.0.destroy_key()
    }

    fn attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
        self.0.load_attempt_count()
    }

    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError> {
        self.0.store_attempt_count(count)
    }
}

/// The core's software key wrapper offered to the shells. NOT FOR PHONES.
#[cfg(feature = "insecure-test-exports")]
struct InsecureSoftwareKeys(SoftwareKeyWrapper);

#[cfg(feature = "insecure-test-exports")]
impl PlatformKeyWrapper for InsecureSoftwareKeys {
    fn wrap(&self, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        self.0.wrap(&plaintext)
    }

    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        self.0.unwrap(&wrapped)
    }

    fn destroy_key(&self) -> Result<(), KeyWrapperError> {
        self.0.destroy()
    }

    fn load_attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
        self.0.attempt_count()
    }

    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError> {
        KeyWrapper::store_attempt_count(&self.0, count)
    }
}

/// A key wrapper that keeps its key **in a plain file** in `dir`: for tests and the
/// desktop preview only.
///
/// **NOT FOR PHONES.** The key lies next to the data it protects, so it adds no
/// protection against anyone who can read the app's files. Phones implement
/// `PlatformKeyWrapper` with the hardware keystore.
#[cfg(feature = "insecure-test-exports")]
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
        let failure = KeyWrapperError::from(thrown);
        let KeyWrapperError::Failed { reason } = &failure else {
            panic!("{failure:?}")
        };
        assert!(reason.contains("IllegalStateException: boom"), "{reason}");
    }
}

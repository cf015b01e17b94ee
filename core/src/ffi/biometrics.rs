//! The platform's biometric key as a foreign trait: the shells implement
//! [`PlatformBiometrics`] with AndroidKeyStore behind `BiometricPrompt` and a Keychain
//! item behind `.biometryCurrentSet`; the core sees it as its own [`Biometrics`] and
//! decides every rule. Both speak the vault's [`BiometricError`] (Kotlin
//! `BiometricException`, Swift `BiometricError`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::vault::{BiometricError, BiometricPrompt, Biometrics};

/// A key that only a strong biometric releases, implemented by each shell. Each call
/// that shows the prompt blocks the calling thread (the one that dispatches, never the
/// UI thread) until the user answers; hiding the app (`HideApp`, a quick exit) must
/// cancel a prompt being shown, which then throws `Cancelled`.
///
/// The shell holds no rule: it never decides whether to offer the prompt, and never
/// keeps what it unwraps.
#[uniffi::export(with_foreign)]
pub trait PlatformBiometrics: Send + Sync {
    /// Makes a new key (deleting any earlier one), shows the prompt, and returns
    /// `secret` encrypted under it (or a handle to it). Android: AES-GCM in
    /// AndroidKeyStore, `setUserAuthenticationRequired(true)`, per-use strong biometric,
    /// `setInvalidatedByBiometricEnrollment(true)`, used through `BiometricPrompt` with
    /// a `CryptoObject`. iOS: a Keychain item with `.biometryCurrentSet`,
    /// `WhenPasscodeSetThisDeviceOnly`.
    fn enroll(&self, secret: Vec<u8>, prompt: BiometricPrompt) -> Result<Vec<u8>, BiometricError>;
    /// Shows the prompt and returns the secret `enroll` was given.
    fn unlock(&self, wrapped: Vec<u8>, prompt: BiometricPrompt) -> Result<Vec<u8>, BiometricError>;
    /// Deletes the key for good; succeeds when there is none.
    fn forget(&self) -> Result<(), BiometricError>;
}

/// A foreign implementation threw something other than a [`BiometricError`]: the core
/// sees a failed platform (the PIN pad, with the reason), never a panic.
impl From<uniffi::UnexpectedUniFFICallbackError> for BiometricError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        BiometricError::Failed { code: 0 }
    }
}

/// The shell's biometric key as the core's [`Biometrics`]. A quick exit answered while
/// the event that would show the prompt was on its way (`exiting`) means no prompt at
/// all: the shell's cancel on `HideApp` may have come before the prompt it was meant
/// for.
pub(crate) struct ForeignBiometrics {
    pub(crate) platform: Arc<dyn PlatformBiometrics>,
    pub(crate) exiting: Arc<AtomicBool>,
}

impl ForeignBiometrics {
    fn not_exiting(&self) -> Result<(), BiometricError> {
        if self.exiting.load(Ordering::SeqCst) {
            return Err(BiometricError::Cancelled);
        }
        Ok(())
    }
}

impl Biometrics for ForeignBiometrics {
    fn enroll(&self, secret: &[u8], prompt: &BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        self.not_exiting()?;
        self.platform.enroll(secret.to_vec(), prompt.clone())
    }

    fn unlock(&self, wrapped: &[u8], prompt: &BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        self.not_exiting()?;
        self.platform.unlock(wrapped.to_vec(), prompt.clone())
    }

    fn forget(&self) -> Result<(), BiometricError> {
        self.platform.forget()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unexpected_foreign_exception_is_a_failed_platform_not_a_panic() {
        let thrown = uniffi::UnexpectedUniFFICallbackError::new("java.lang.NullPointerException");
        assert_eq!(
            BiometricError::from(thrown),
            BiometricError::Failed { code: 0 }
        );
    }
}

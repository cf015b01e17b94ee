//! The one public error of the FFI, mapped from the core's errors in one place.
//!
//! Only constructors can fail: once a [`super::Core`] exists, every problem is shown in
//! the view as a notice. Messages name the kind of failure and never contain personal
//! data, PINs, keys or file paths (paths can contain a user name).

use crate::app::AppError;
use crate::vault::{KeyWrapperError, VaultError};

/// Why the core could not start. Kotlin sees `CoreException.<Variant>`, Swift
/// `CoreError.<variant>`; the message is the text below.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
#[non_exhaustive]
pub enum CoreError {
    /// The card or the interface strings built into the app are broken: a build defect.
    /// Show "reinstall the app" and report it; retrying cannot help.
    #[error("the app's built-in content is broken ({detail}); reinstall the app and report this")]
    BrokenInstall {
        /// Which part, without content text.
        detail: String,
    },
    /// The data directory cannot be created, read or written (storage full, not
    /// writable, not a directory). Tell the user; nothing was changed. Retry after the
    /// storage problem is solved.
    #[error(
        "the app's data directory cannot be used ({detail}); check that storage is available and writable"
    )]
    Storage {
        /// The kind of I/O failure, e.g. "permission denied".
        detail: String,
    },
    /// The platform key store failed while starting (e.g. the software key wrapper's
    /// directory cannot be used). Retry; if it persists the vault cannot be opened on
    /// this device and the user can only wipe it.
    #[error("the platform key store failed ({detail}); retry, or erase the vault if this persists")]
    KeyStore {
        /// The key wrapper's failure, without key material.
        detail: String,
    },
    /// Something unexpected failed inside the core (database, random generator). Report
    /// it with the message; retrying may help.
    #[error("the app core failed unexpectedly ({detail}); retry, and report this if it persists")]
    Internal {
        /// The kind of failure.
        detail: String,
    },
}

impl From<AppError> for CoreError {
    /// The one place that decides what a caller learns about a failed start.
    fn from(error: AppError) -> Self {
        match error {
            AppError::Content(_) => CoreError::BrokenInstall {
                detail: "card content".into(),
            },
            AppError::Locale(_) => CoreError::BrokenInstall {
                detail: "interface strings".into(),
            },
            AppError::Vault(VaultError::Io(io)) => CoreError::Storage {
                // The kind only: an io::Error's message may name a path.
                detail: io.kind().to_string(),
            },
            AppError::Vault(VaultError::KeyUnavailable(keys)) => CoreError::from(keys),
            // Vault errors carry no personal data in their Display (see VaultError).
            AppError::Vault(other) => CoreError::Internal {
                detail: other.to_string(),
            },
        }
    }
}

impl From<KeyWrapperError> for CoreError {
    fn from(error: KeyWrapperError) -> Self {
        CoreError::KeyStore {
            detail: error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_io_failure_shows_its_kind_and_never_its_message() {
        let io = std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "/home/j.jansen/private/vault: denied",
        );
        let error = CoreError::from(AppError::Vault(VaultError::Io(io)));
        let message = error.to_string();
        assert!(matches!(error, CoreError::Storage { .. }));
        assert!(message.contains("permission denied"), "{message}");
        assert!(!message.contains("jansen"), "{message}");
    }

    #[test]
    fn an_unavailable_platform_key_is_a_key_store_error() {
        let error = CoreError::from(AppError::Vault(VaultError::KeyUnavailable(
            KeyWrapperError::KeyMissing,
        )));
        assert!(matches!(error, CoreError::KeyStore { .. }), "{error:?}");
    }
}

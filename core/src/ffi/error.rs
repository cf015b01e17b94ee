//! The one public error of the FFI, mapped from the core's errors in one place, and what
//! the user is told when the core cannot start.
//!
//! Only constructors can fail: once a [`super::Core`] exists, every problem is shown in
//! the view as a notice. Messages name the kind of failure and never contain personal
//! data, PINs, keys or file paths (paths can contain a user name).

use crate::Language;
use crate::app::AppError;
use crate::i18n::Texts;
use crate::vault::{KeyWrapperError, VaultError};

/// Why the core could not start. Kotlin sees `CoreException.<Variant>(detail)`, Swift
/// `CoreError.<variant>(detail:)`; `toString()` / `description` is the text below, for a
/// report. The user is shown [`CoreError::start_failure`], worded by the core.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi::export(Display)]
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
    /// This `Core` was closed (Kotlin `close()` or `destroy()`) and takes no more
    /// calls: a shell bug. Start a new `Core` on the same directory; nothing was lost.
    /// (Thrown by the generated Kotlin in place of uniffi's `IllegalStateException`;
    /// Swift frees a core only when nothing holds it, so it never sees this.)
    #[error("this core was closed ({detail}); start a new one on the same directory")]
    Closed {
        /// What was called.
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

/// What the shell shows when the core cannot start: worded by the core, in the device's
/// language, without a revealing word (discreet mode may be on, and its setting is not
/// readable yet).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StartFailureView {
    /// The screen's title.
    pub title: String,
    /// What happened and what the user can do; nothing was changed.
    pub text: String,
    /// The retry button's label, or `null` where retrying cannot help (a broken
    /// install). A retry starts the core again from the same files.
    pub retry: Option<String>,
    /// The error's technical text, for a report to the app's makers: never personal
    /// data, keys or paths.
    pub detail: String,
    /// The label above `detail`.
    pub detail_label: String,
}

#[uniffi::export]
impl CoreError {
    /// The screen the shell shows for this failure, in `language`.
    pub fn start_failure(&self, language: Language) -> StartFailureView {
        let (text_id, retry) = match self {
            CoreError::BrokenInstall { .. } => ("start-failure-broken-install", false),
            CoreError::Storage { .. } => ("start-failure-storage", true),
            CoreError::KeyStore { .. } => ("start-failure-key-store", true),
            CoreError::Internal { .. } | CoreError::Closed { .. } => {
                ("start-failure-internal", true)
            }
        };
        let detail = self.to_string();
        match Texts::embedded() {
            Ok(texts) => StartFailureView {
                title: texts.get(language, "start-failure-title"),
                text: texts.get(language, text_id),
                retry: retry.then(|| texts.get(language, "start-failure-retry")),
                detail,
                detail_label: texts.get(language, "start-failure-detail"),
            },
            // The strings themselves are broken (a build defect the tests catch): say it
            // in both languages without them.
            Err(_) => StartFailureView {
                title: "De app kan niet starten / The app cannot start".into(),
                text: String::new(),
                retry: retry.then(|| "Opnieuw / Retry".into()),
                detail,
                detail_label: String::new(),
            },
        }
    }
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

    fn every_case() -> Vec<CoreError> {
        vec![
            CoreError::BrokenInstall {
                detail: "card content".into(),
            },
            CoreError::Storage {
                detail: "storage full".into(),
            },
            CoreError::KeyStore {
                detail: "key missing".into(),
            },
            CoreError::Internal {
                detail: "database".into(),
            },
        ]
    }

    #[test]
    fn each_start_failure_is_worded_in_both_languages_with_a_retry_where_it_can_help() {
        for language in Language::ALL {
            let mut texts = Vec::new();
            for error in every_case() {
                let view = error.start_failure(language);
                assert!(
                    !view.title.is_empty() && !view.title.starts_with('['),
                    "{view:?}"
                );
                assert!(
                    !view.text.is_empty() && !view.text.starts_with('['),
                    "{view:?}"
                );
                assert_eq!(view.detail, error.to_string());
                let broken = matches!(error, CoreError::BrokenInstall { .. });
                assert_eq!(view.retry.is_none(), broken, "{view:?}");
                texts.push(view.text);
            }
            texts.sort();
            texts.dedup();
            assert_eq!(texts.len(), 4, "one text per case in {language:?}");
        }
    }

    #[test]
    fn a_start_failure_reveals_nothing_and_warns_before_a_reinstall() {
        let content = crate::Content::embedded().expect("content");
        let policy = content.discretion();
        for language in Language::ALL {
            for error in every_case() {
                let view = error.start_failure(language);
                for text in [&view.title, &view.text] {
                    assert_eq!(policy.revealing_word(text), None, "{language:?}: {text}");
                }
            }
        }
        // Deleting the app deletes the vault: the broken-install text says so.
        let view = every_case()[0].start_failure(Language::Nl);
        assert!(view.text.contains("Verwijder de app niet"), "{}", view.text);
    }

    #[test]
    fn an_unavailable_platform_key_is_a_key_store_error() {
        let error = CoreError::from(AppError::Vault(VaultError::KeyUnavailable(
            KeyWrapperError::KeyMissing,
        )));
        assert!(matches!(error, CoreError::KeyStore { .. }), "{error:?}");
    }
}

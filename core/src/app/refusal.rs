//! Why an event was refused, and how to say so to the user.

use fluent_bundle::FluentValue;

use crate::casework::CaseworkError;
use crate::content::PhoneError;
use crate::vault::VaultError;
use crate::{Language, Texts};

/// An event that could not be carried out. Nothing was changed.
#[derive(Debug)]
pub(crate) enum Refusal {
    Casework(CaseworkError),
    Vault(VaultError),
    Phone(PhoneError),
    /// A case id that is not (or no longer) in the vault.
    UnknownCase,
    /// A note id that is not (or no longer) in the vault.
    UnknownNote,
    /// A contact id that is not in the content.
    UnknownContact,
    /// The contact has no number to call.
    NoNumber,
    /// Saving an empty quick checklist.
    EmptyChecklist,
    /// The event does not fit the screen (stale, or sent out of turn).
    NotHere,
    /// A setting outside the offered choices.
    NotOffered,
    CoordinatorNameEmpty,
    CoordinatorNameTooLong {
        max: usize,
    },
    PinsDiffer,
    /// Text far beyond any field's limit.
    InputTooLong {
        max: usize,
    },
    /// The preferences file could not be written.
    Storage,
}

impl From<CaseworkError> for Refusal {
    fn from(error: CaseworkError) -> Self {
        Refusal::Casework(error)
    }
}

impl From<VaultError> for Refusal {
    fn from(error: VaultError) -> Self {
        match error {
            VaultError::CaseNotFound => Refusal::UnknownCase,
            VaultError::NoteNotFound => Refusal::UnknownNote,
            other => Refusal::Vault(other),
        }
    }
}

impl From<PhoneError> for Refusal {
    fn from(error: PhoneError) -> Self {
        Refusal::Phone(error)
    }
}

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

impl Refusal {
    /// The message for the user. Never contains case data, PINs or keys.
    pub fn wording(&self, texts: &Texts, language: Language) -> String {
        let t = |id: &str| texts.get(language, id);
        let with = |id: &str, name: &'static str, value: FluentValue<'static>| {
            texts.format(language, id, &[(name, value)])
        };
        match self {
            Refusal::Casework(error) => match error {
                CaseworkError::EmptyLabel => t("error-label-empty"),
                CaseworkError::LabelTooLong { max } => {
                    with("error-label-too-long", "max", count(*max))
                }
                CaseworkError::LabelNotOneLine => t("error-label-one-line"),
                CaseworkError::RemarkTooLong { max } => {
                    with("error-remark-too-long", "max", count(*max))
                }
                CaseworkError::SignalNotObserved(_) => t("error-signal-not-observed"),
                _ => t("error-stale"),
            },
            Refusal::Vault(error) => match error {
                VaultError::PinTooShort { min } => with("error-pin-too-short", "min", count(*min)),
                VaultError::PinTooLong { max } => with("error-pin-too-long", "max", count(*max)),
                VaultError::PinNotDigits => t("error-pin-digits"),
                VaultError::PinTooWeak => t("error-pin-weak"),
                VaultError::WrongPin { attempts_left } => {
                    with("error-pin-wrong", "left", count(*attempts_left as usize))
                }
                VaultError::TooSoon { .. } => t("error-pin-too-soon"),
                VaultError::Locked | VaultError::NotCreated => t("error-locked"),
                VaultError::Wiped => t("error-wiped"),
                VaultError::NoteEmpty => t("error-note-empty"),
                VaultError::NoteTooLong { max } => with("error-note-too-long", "max", count(*max)),
                VaultError::KeyUnavailable(_) => t("error-key-unavailable"),
                VaultError::Corrupt { .. } => t("error-corrupt"),
                VaultError::RetentionOutOfRange { .. }
                | VaultError::MaxAttemptsOutOfRange { .. } => t("error-not-offered"),
                _ => t("error-storage"),
            },
            Refusal::Phone(error) => match error {
                PhoneError::Empty => t("error-phone-empty"),
                PhoneError::TooLong => t("error-phone-too-long"),
                PhoneError::InvalidCharacters => t("error-phone-characters"),
                PhoneError::NotANumber => t("error-phone-not-a-number"),
                _ => t("error-phone-not-in-plan"),
            },
            Refusal::UnknownCase => t("error-case-gone"),
            Refusal::UnknownNote => t("error-note-gone"),
            Refusal::UnknownContact | Refusal::NotHere => t("error-stale"),
            Refusal::NoNumber => t("error-no-number"),
            Refusal::EmptyChecklist => t("error-checklist-empty"),
            Refusal::NotOffered => t("error-not-offered"),
            Refusal::CoordinatorNameEmpty => t("error-coordinator-name-empty"),
            Refusal::CoordinatorNameTooLong { max } => {
                with("error-coordinator-name-too-long", "max", count(*max))
            }
            Refusal::PinsDiffer => t("error-pins-differ"),
            Refusal::InputTooLong { max } => with("error-input-too-long", "max", count(*max)),
            Refusal::Storage => t("error-storage"),
        }
    }
}

//! Refusals and confirmations in the user's words. Never case data, PINs or keys.

use fluent_bundle::FluentValue;

use super::super::outcome::{Done, Refusal};
use super::super::seen::SeenError;
use super::Views;
use crate::casework::CaseworkError;
use crate::content::PhoneError;
use crate::vault::{BiometricError, KeyWrapperError, VaultError, VaultPart};

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

impl Views<'_> {
    /// What was done.
    pub(super) fn done(&self, done: Done) -> String {
        match done {
            Done::ChecklistSaved { count: n } => {
                self.f("notice-checklist-saved", &[("count", count(n))])
            }
            Done::Purged { count: n } => self.f("notice-purged", &[("count", count(n))]),
            Done::ExpiringSoon { count: n } => self.expiring_notice(n),
            Done::CasesKept { count: n, days } => self.f(
                "notice-cases-kept",
                &[("count", count(n)), ("days", FluentValue::from(days))],
            ),
            Done::LogKept => self.t("notice-log-kept"),
            Done::LogSetAside { since: Some(at) } => self.f(
                "notice-log-set-aside",
                &[("since", self.date_time(at).into())],
            ),
            Done::LogSetAside { since: None } => self.t("notice-log-set-aside-empty"),
            Done::HeaderRestored => self.t("notice-header-restored"),
            Done::CountUnreadable => self.t("notice-count-unreadable"),
            Done::NoteSaved => self.t("notice-note-saved"),
            Done::BiometricsOn => self.t("notice-biometrics-on"),
            Done::BiometricsOff => self.t("notice-biometrics-off"),
            Done::SignalRemoved => self.t("notice-signal-removed"),
            Done::SignalDetailSaved => self.t("notice-signal-detail-saved"),
            Done::ChecklistCleared { count: n } => {
                self.f("notice-checklist-cleared", &[("count", count(n))])
            }
            Done::Restored => self.t("notice-restored"),
            Done::WorkRestored => self.t("notice-work-restored"),
            Done::NoteDeleted => self.t("notice-note-deleted"),
            Done::CaseDeleted => self.t("notice-case-deleted"),
            Done::PinChanged => self.t("notice-pin-changed"),
            Done::CoordinatorSaved => self.t("notice-coordinator-saved"),
            Done::CoordinatorCleared => self.t("notice-coordinator-cleared"),
            Done::CoordinatorCardChosen => self.t("notice-coordinator-card"),
            Done::Wiped => self.t("notice-wiped"),
            Done::ControlsReplaced { count: n } => {
                self.f("notice-controls-replaced", &[("count", count(n))])
            }
            Done::NoteKeptAsNotes { count: n } => {
                self.f("notice-note-kept-as-notes", &[("count", count(n))])
            }
        }
    }

    /// What is damaged, what was kept, and what can still help.
    pub(super) fn damage(&self, part: VaultPart) -> String {
        match part {
            VaultPart::Header => self.t("error-corrupt-header"),
            VaultPart::MissingDatabase => self.t("error-corrupt-missing"),
            VaultPart::NewerVersion => self.t("error-corrupt-version"),
            VaultPart::OlderDatabase => self.t("error-corrupt-older"),
            _ => self.t("error-corrupt-database"),
        }
    }

    /// Why an event was refused.
    pub(super) fn refusal(&self, refusal: &Refusal) -> String {
        let with = |id: &str, name: &'static str, value: FluentValue<'static>| {
            self.f(id, &[(name, value)])
        };
        match refusal {
            Refusal::Casework(error) => match error {
                CaseworkError::EmptyLabel => self.t("error-label-empty"),
                CaseworkError::LabelTooLong { max } => {
                    with("error-label-too-long", "max", count(*max))
                }
                CaseworkError::LabelNotOneLine => self.t("error-label-one-line"),
                CaseworkError::RemarkTooLong { max } => {
                    with("error-remark-too-long", "max", count(*max))
                }
                CaseworkError::AdviceTooLong { max } => {
                    with("error-advice-too-long", "max", count(*max))
                }
                CaseworkError::AdviceNotOneLine => self.t("error-label-one-line"),
                CaseworkError::SignalNotObserved(_) => self.t("error-signal-not-observed"),
                CaseworkError::SeenInFuture => self.t("error-seen-future"),
                CaseworkError::SeenAfterRecorded { recorded_at } => self.f(
                    "error-seen-after-recorded",
                    &[("at", self.date_time(*recorded_at).into())],
                ),
                _ => self.t("error-stale"),
            },
            Refusal::Vault(error) => match error.as_ref() {
                VaultError::PinTooShort { min } => with("error-pin-too-short", "min", count(*min)),
                VaultError::PinTooLong { max } => with("error-pin-too-long", "max", count(*max)),
                VaultError::PinNotDigits => self.t("error-pin-digits"),
                VaultError::PinTooWeak => self.t("error-pin-weak"),
                VaultError::WrongPin { attempts_left } => {
                    with("error-pin-wrong", "left", count(*attempts_left as usize))
                }
                VaultError::TooSoon { .. } => self.t("error-pin-too-soon"),
                VaultError::Locked | VaultError::NotCreated => self.t("error-locked"),
                VaultError::InUse => self.t("error-vault-in-use"),
                VaultError::Wiped => self.t("error-wiped"),
                VaultError::NoteEmpty => self.t("error-note-empty"),
                VaultError::NoteNotPlainText => self.t("error-note-characters"),
                VaultError::NoteTooLong { max } => with("error-note-too-long", "max", count(*max)),
                VaultError::KeyUnavailable(KeyWrapperError::Failed { .. }) => {
                    self.t("error-key-failed")
                }
                VaultError::KeyUnavailable(_) => self.t("error-key-gone"),
                VaultError::Corrupt { part } => self.damage(*part),
                VaultError::Biometric(BiometricError::KeyInvalidated) => {
                    self.t("biometric-invalidated")
                }
                VaultError::Biometric(error) => with(
                    "biometric-use-pin",
                    "reason",
                    self.biometric_failure(error).into(),
                ),
                VaultError::PinNeeded { reason } => self
                    .pin_needed(*reason)
                    .unwrap_or_else(|| self.t("error-not-offered")),
                VaultError::RetentionOutOfRange { .. }
                | VaultError::MaxAttemptsOutOfRange { .. } => self.t("error-not-offered"),
                _ => self.t("error-storage"),
            },
            Refusal::Phone(error) => match error {
                PhoneError::Empty => self.t("error-phone-empty"),
                PhoneError::TooLong => self.t("error-phone-too-long"),
                PhoneError::InvalidCharacters => self.t("error-phone-characters"),
                PhoneError::TooShort => self.t("error-phone-too-short"),
                PhoneError::UnknownCountryCode => self.t("error-phone-country-code"),
                PhoneError::NotANumber => self.t("error-phone-not-a-number"),
                _ => self.t("error-phone-not-in-plan"),
            },
            Refusal::Seen(error) => self.t(match error {
                SeenError::DateInvalid => "error-seen-date",
                SeenError::TimeMissing => "error-seen-time-missing",
                SeenError::TimeInvalid => "error-seen-time",
                SeenError::TimeSkipped => "error-seen-time-skipped",
            }),
            Refusal::BiometricsNotOn(error) => with(
                "error-biometrics-not-on",
                "reason",
                self.biometric_failure(error).into(),
            ),
            Refusal::UnknownCase => self.t("error-case-gone"),
            Refusal::UnknownNote => self.t("error-note-gone"),
            Refusal::UnknownContact | Refusal::NotHere => self.t("error-stale"),
            Refusal::NotNow => self.t("error-not-now"),
            Refusal::NoNumber => self.t("error-no-number"),
            Refusal::NoDialer { number } => {
                with("error-no-dialer", "number", number.clone().into())
            }
            Refusal::EmptyChecklist => self.t("error-checklist-empty"),
            Refusal::NothingToUndo => self.t("error-nothing-to-undo"),
            Refusal::WorkNotKept => self.t("error-work-not-kept"),
            Refusal::NotOffered => self.t("error-not-offered"),
            Refusal::CoordinatorNameEmpty => self.t("error-coordinator-name-empty"),
            Refusal::CoordinatorNameTooLong { max } => {
                with("error-coordinator-name-too-long", "max", count(*max))
            }
            Refusal::PinsDiffer => self.t("error-pins-differ"),
            Refusal::NotOneLine => self.t("error-input-one-line"),
            Refusal::DirectionOverride => self.t("error-input-direction"),
            Refusal::Storage => self.t("error-storage"),
            Refusal::Failed => self.t("error-failed"),
            Refusal::NoteNotKept { saved } => with("error-note-not-kept", "saved", count(*saved)),
            Refusal::PreferencesUnreadable => self.t("error-preferences-unreadable"),
        }
    }
}

//! The PIN pad, and the screens after a wipe or a quick exit.

use super::super::outcome::Refusal;
use super::super::route::{PinFlow, PinStep};
use super::super::{Button, Event, MessageView, PinView, Screen};
use super::Views;
use crate::vault::{
    BiometricError, BiometricPrompt, BiometricUnavailable, MIN_PIN_DIGITS, PinNeeded, VaultError,
    VaultSettings, VaultStatus,
};

/// Whether the vault can be opened by a PIN now (forgetting it is then the risk).
fn damage_free(status: &VaultStatus) -> bool {
    !matches!(status, VaultStatus::Corrupt { .. } | VaultStatus::InUse)
}

impl Views<'_> {
    pub(super) fn pin(&self, flow: &PinFlow) -> (String, Screen) {
        let app = self.app;
        let unlocking = matches!(flow.step, PinStep::Unlock);
        let (heading, instruction) = match flow.step {
            PinStep::Choose => ("pin-choose", "pin-choose-instruction"),
            PinStep::Repeat { .. } => ("pin-repeat", "pin-repeat-instruction"),
            PinStep::Unlock => ("pin-unlock", "pin-unlock-instruction"),
            PinStep::ChangeCurrent => ("pin-change-current", "pin-unlock-instruction"),
            PinStep::TurnOnBiometrics => ("pin-biometric-on", "pin-biometric-on-instruction"),
            PinStep::ChangeNew { .. } => ("pin-change-new", "pin-choose-instruction"),
            PinStep::ChangeRepeat { .. } => ("pin-repeat", "pin-repeat-instruction"),
        };
        // A damaged vault is said before any PIN is typed: no PIN can help, and none
        // is counted.
        let (attempts, retry, damage) = match app.vault.status() {
            VaultStatus::Locked {
                failed_attempts,
                max_attempts,
                retry_at,
            } if unlocking => (
                (failed_attempts > 0).then(|| {
                    self.f(
                        "pin-attempts-left",
                        &[("count", max_attempts.saturating_sub(failed_attempts).into())],
                    )
                }),
                retry_at.map(|at| self.f("pin-retry-at", &[("at", self.date_time(at).into())])),
                None,
            ),
            VaultStatus::Corrupt { part } if unlocking => (None, None, Some(self.damage(part))),
            // Another window has the vault open: no PIN is taken until it lets go.
            VaultStatus::InUse if unlocking => (None, None, Some(self.t("error-vault-in-use"))),
            _ => (None, None, None),
        };
        let waiting = retry.is_some() || damage.is_some();
        let digit = |d: u8| Button {
            label: d.to_string(),
            accessibility_label: d.to_string(),
            enabled: !waiting,
            event: Event::PinDigit { digit: d },
        };
        let mut keys: Vec<Button> = (1..=9).map(digit).collect();
        // A short symbol on the key, next to the pad's digits; the full words for a
        // screen reader, so it is never confused with wiping everything.
        keys.push(Button {
            label: self.t("pin-backspace"),
            accessibility_label: self.t("pin-backspace-a11y"),
            enabled: !waiting,
            event: Event::PinBackspace,
        });
        keys.push(digit(0));
        keys.push(Button {
            enabled: !waiting && flow.digits.len() >= MIN_PIN_DIGITS,
            ..self.button("pin-submit", Event::PinSubmit)
        });
        // A wrong PIN's count is said once: in `attempts` where the pad shows it.
        let error = damage.or_else(|| {
            flow.error.as_ref().map(|refusal| match refusal {
                Refusal::Vault(error)
                    if attempts.is_some() && matches!(**error, VaultError::WrongPin { .. }) =>
                {
                    self.t("pin-wrong")
                }
                other => self.refusal(other),
            })
        });
        // What the PIN protects and what forgetting it costs, before the first digit.
        let explanation = match flow.step {
            PinStep::Choose | PinStep::Repeat { .. } => Some(self.f(
                "pin-first-use",
                &[("max", VaultSettings::default().max_attempts.into())],
            )),
            PinStep::Unlock if damage_free(&app.vault.status()) => Some(self.t("pin-forgotten")),
            _ => None,
        };
        // The biometric unlock where the core allows it now; otherwise why the PIN.
        let biometric = app.vault.biometric().filter(|_| unlocking && !waiting);
        let view = PinView {
            biometric: biometric
                .filter(|state| state.pin_needed.is_none())
                .map(|_| self.button("pin-biometric", Event::UnlockWithBiometrics)),
            biometric_note: biometric
                .and_then(|state| state.pin_needed)
                .and_then(|reason| self.pin_needed(reason)),
            instruction: self.t(instruction),
            explanation,
            entered: flow.digits.len() as u32,
            entered_label: self.f("pin-entered", &[("count", flow.digits.len().into())]),
            keys,
            error,
            attempts,
            retry,
        };
        (self.t(heading), Screen::Pin { view })
    }

    /// Why the PIN is asked although the biometric unlock is on, in one sentence.
    pub(super) fn pin_needed(&self, reason: PinNeeded) -> Option<String> {
        Some(match reason {
            PinNeeded::AfterQuickExit => self.t("pin-needed-quick-exit"),
            PinNeeded::AfterRestart => self.t("pin-needed-restart"),
            PinNeeded::AfterWrongPin => self.t("pin-needed-wrong-pin"),
            PinNeeded::PinTooLongAgo { hours } => {
                self.f("pin-needed-hours", &[("hours", hours.into())])
            }
            PinNeeded::Off => return None,
        })
    }

    /// Why the platform's biometric did not open the vault, in one sentence.
    pub(super) fn biometric_failure(&self, error: &BiometricError) -> String {
        match error {
            BiometricError::Cancelled => self.t("biometric-cancelled"),
            BiometricError::LockedOut => self.t("biometric-locked-out"),
            BiometricError::KeyInvalidated => self.t("biometric-invalidated"),
            BiometricError::Unavailable { reason } => self.t(match reason {
                BiometricUnavailable::NoHardware => "biometric-no-hardware",
                BiometricUnavailable::NoneEnrolled => "biometric-none-enrolled",
                BiometricUnavailable::NotStrong => "biometric-not-strong",
                BiometricUnavailable::HardwareUnavailable => "biometric-hardware-unavailable",
                BiometricUnavailable::SecurityUpdateRequired => "biometric-security-update",
                BiometricUnavailable::NoDeviceLock => "biometric-no-screen-lock",
            }),
            BiometricError::Failed { code } => {
                self.f("biometric-failed", &[("code", (*code).into())])
            }
        }
    }

    pub(super) fn locked_out(&self) -> (String, Screen) {
        let view = MessageView {
            text: self.t("locked-out-text"),
            action: self.button("action-home", Event::OpenHome),
        };
        (self.t("locked-out"), Screen::LockedOut { view })
    }

    pub(super) fn neutral(&self) -> (String, Screen) {
        let view = MessageView {
            text: self.t("neutral-text"),
            action: self.button("neutral-continue", Event::LeaveNeutral),
        };
        (self.t("neutral-heading"), Screen::Neutral { view })
    }
}

impl Views<'_> {
    /// What the platform's prompt says: neutral in discreet mode (the title's message
    /// is swapped, as every revealing message is).
    fn biometric_prompt(&self) -> BiometricPrompt {
        BiometricPrompt {
            title: self.t("biometric-prompt-title"),
            subtitle: self.t("biometric-prompt-subtitle"),
            use_pin: self.t("biometric-prompt-use-pin"),
        }
    }
}

/// The platform's prompt for `app`, in its language and mode.
pub(crate) fn biometric_prompt(app: &crate::app::App) -> BiometricPrompt {
    Views::of(app).biometric_prompt()
}

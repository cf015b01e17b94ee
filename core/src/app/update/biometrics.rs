//! Unlocking by fingerprint or face: the tap on the unlock pad, turning it on (after
//! the PIN) and off, and its hours. The vault decides whether the biometric may stand
//! in for the PIN; what came of it is said on the pad or the settings.

use super::super::outcome::{Done, Refusal};
use super::super::route::{PinFlow, PinStep, Route};
use super::super::{App, Effect, views};
use super::Handled;
use crate::vault::{BiometricError, VaultError};

impl App {
    /// The platform's prompt, during this dispatch; the vault opens if the coercion
    /// rule allows it and the platform releases the key. A cancel says nothing; any
    /// other refusal is said on the pad, which stays for the PIN.
    pub(super) fn unlock_with_biometrics(&mut self) -> Handled {
        let prompt = views::biometric_prompt(self);
        let outcome = self.vault.unlock_with_biometrics(&prompt);
        let Route::Pin(flow) = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        match outcome {
            Ok(unlocked) => {
                let then = flow.then.take();
                self.session.route = self.after_unlocking(then, &unlocked);
            }
            Err(VaultError::Biometric(BiometricError::Cancelled)) => flow.error = None,
            Err(error) => flow.error = Some(error.into()),
        }
        Ok(())
    }

    /// On: the PIN pad first (the PIN typed just before is what turns it on). Off: at
    /// once, the platform's key deleted with it.
    pub(super) fn set_biometrics(&mut self, enabled: bool) -> Handled {
        if !self.unlocked() {
            return Err(VaultError::Locked.into());
        }
        if enabled {
            self.go(Route::Pin(PinFlow::new(PinStep::TurnOnBiometrics, None)));
            return Ok(());
        }
        self.vault.turn_off_biometrics()?;
        self.done(Done::BiometricsOff);
        Ok(())
    }

    pub(super) fn set_biometric_hours(&mut self, hours: u32) -> Handled {
        let hours = u8::try_from(hours).map_err(|_| Refusal::NotOffered)?;
        match self.vault.set_biometric_hours(hours) {
            Err(VaultError::PinNeeded { .. }) => Err(Refusal::NotOffered),
            other => Ok(other?),
        }
    }

    /// The PIN typed to turn it on: counted as at an unlock; then the platform's
    /// prompt. Back on the settings with what came of it; a wrong PIN stays on the pad.
    pub(super) fn turn_on_biometrics(
        &mut self,
        flow: PinFlow,
        entered: &str,
        effects: &mut Vec<Effect>,
    ) -> Route {
        let prompt = views::biometric_prompt(self);
        let hours = crate::vault::DEFAULT_BIOMETRIC_HOURS;
        let back = |app: &mut App| {
            app.session
                .stack
                .pop()
                .unwrap_or_else(|| Route::Settings(app.coordinator_form()))
        };
        match self.vault.turn_on_biometrics(entered, hours, &prompt) {
            Ok(()) => {
                self.done(Done::BiometricsOn);
                back(self)
            }
            Err(VaultError::Biometric(BiometricError::Cancelled)) => back(self),
            Err(VaultError::Wiped) => {
                self.wiped(Route::LockedOut, effects);
                Route::LockedOut
            }
            Err(VaultError::Biometric(error)) => {
                self.session.notice = Some(Err(Refusal::BiometricsNotOn(error)));
                back(self)
            }
            Err(error) => {
                let mut flow = flow;
                flow.step = PinStep::TurnOnBiometrics;
                flow.error = Some(error.into());
                Route::Pin(flow)
            }
        }
    }
}

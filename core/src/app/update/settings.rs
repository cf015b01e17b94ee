//! Settings: language, discreet mode, locking, retention, the own coordinator.

use chrono::{DateTime, Utc};

use super::super::outcome::{Done, Refusal};
use super::super::preferences::OwnCoordinator;
use super::super::route::Route;
use super::super::{App, Effect};
use super::Handled;
use crate::app::limits::{
    ATTEMPT_CHOICES, AUTO_LOCK_MINUTES, MAX_COORDINATOR_NAME_CHARS, RETENTION_CHOICES,
};
use crate::content::PhoneNumber;
use crate::vault::VaultSettings;

impl App {
    pub(super) fn save_prefs(&mut self) -> Handled {
        self.prefs
            .save(&self.data_dir)
            .map_err(|_| Refusal::Storage)
    }

    pub(super) fn set_discreet(&mut self, enabled: bool, effects: &mut Vec<Effect>) -> Handled {
        self.prefs.discreet = enabled;
        self.save_prefs()?;
        effects.push(Effect::SetLauncherDiscreet { discreet: enabled });
        Ok(())
    }

    pub(super) fn set_auto_lock(&mut self, minutes: u32) -> Handled {
        if !AUTO_LOCK_MINUTES.contains(&minutes) {
            return Err(Refusal::NotOffered);
        }
        self.prefs.auto_lock_minutes = minutes;
        self.save_prefs()
    }

    pub(super) fn set_retention(&mut self, days: u32) -> Handled {
        let days = u16::try_from(days)
            .ok()
            .filter(|d| RETENTION_CHOICES.contains(d))
            .ok_or(Refusal::NotOffered)?;
        self.change_settings(|s| s.retention_days = days)
    }

    pub(super) fn set_max_attempts(&mut self, attempts: u32) -> Handled {
        if !ATTEMPT_CHOICES.contains(&attempts) {
            return Err(Refusal::NotOffered);
        }
        self.change_settings(|s| s.max_attempts = attempts)
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut VaultSettings)) -> Handled {
        let mut settings = self.vault.settings()?;
        change(&mut settings);
        self.vault.save_settings(&settings)?;
        self.session.loaded.settings = Some(settings);
        Ok(())
    }

    /// The own coordinator's name (`name`) or number as typed.
    pub(super) fn coordinator_changed(&mut self, text: String, name: bool) -> Handled {
        let Route::Settings(form) = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        let field = if name {
            &mut form.name
        } else {
            &mut form.number
        };
        // Typing in a field answers its own error, not the other's.
        field.set(text);
        field.error = None;
        Ok(())
    }

    /// Validates and saves the own coordinator; each refusal shows under the field it
    /// is about (both at once if both are wrong), the first also as the notice.
    pub(super) fn save_coordinator(&mut self, now: DateTime<Utc>) -> Handled {
        let Route::Settings(form) = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        let name = form.name.text.trim().to_owned();
        form.name.error = if crate::visible::shows_nothing(&name) {
            Some(Refusal::CoordinatorNameEmpty)
        } else if name.chars().count() > MAX_COORDINATOR_NAME_CHARS {
            // Control characters never get this far: `input` refuses them as typed.
            Some(Refusal::CoordinatorNameTooLong {
                max: MAX_COORDINATOR_NAME_CHARS,
            })
        } else {
            None
        };
        let number = PhoneNumber::parse(&form.number.text).map_err(Refusal::from);
        form.number.error = number.as_ref().err().cloned();
        if let Some(refusal) = form.name.error.clone() {
            return Err(refusal);
        }
        let number = number?;
        form.number.set(number.display().to_owned());
        let set_on = self.clock.local(now).date_naive();
        self.prefs.coordinator = Some(OwnCoordinator::new(&name, &number, set_on));
        self.save_prefs()?;
        self.done(Done::CoordinatorSaved);
        Ok(())
    }

    pub(super) fn clear_coordinator(&mut self) -> Handled {
        self.prefs.coordinator = None;
        self.save_prefs()?;
        self.done(Done::CoordinatorCleared);
        Ok(())
    }
}

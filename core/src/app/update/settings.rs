//! Settings: language, discreet mode, locking, retention, the own coordinator.

use chrono::{DateTime, Utc};

use super::super::outcome::{Done, Refusal};
use super::super::preferences::{CoordinatorChoice, OwnCoordinator};
use super::super::route::{CoordinatorForm, Route};
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

    /// The own coordinator's fields, in the settings or the question.
    fn coordinator_form_shown(&mut self) -> Result<&mut CoordinatorForm, Refusal> {
        match &mut self.session.route {
            Route::Settings(form) | Route::CoordinatorQuestion(form) => Ok(form),
            _ => Err(Refusal::NotHere),
        }
    }

    /// The own coordinator's name (`name`) or number as typed.
    pub(super) fn coordinator_changed(&mut self, text: String, name: bool) -> Handled {
        let form = self.coordinator_form_shown()?;
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
    /// From the question, the answer ends it: back on the home screen.
    pub(super) fn save_coordinator(&mut self, now: DateTime<Utc>) -> Handled {
        let form = self.coordinator_form_shown()?;
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
        self.choose_coordinator(CoordinatorChoice::Own(OwnCoordinator::new(
            &name, &number, set_on,
        )))?;
        self.done(Done::CoordinatorSaved);
        Ok(())
    }

    /// The card's coordinator, chosen in the settings (the own one goes).
    pub(super) fn clear_coordinator(&mut self) -> Handled {
        self.choose_coordinator(CoordinatorChoice::Card)?;
        self.done(Done::CoordinatorCleared);
        Ok(())
    }

    /// The card's coordinator, chosen in the question.
    pub(super) fn choose_card_coordinator(&mut self) -> Handled {
        self.choose_coordinator(CoordinatorChoice::Card)?;
        self.done(Done::CoordinatorCardChosen);
        Ok(())
    }

    /// Saves the choice; an answer to the question ends it, back on the home screen.
    fn choose_coordinator(&mut self, choice: CoordinatorChoice) -> Handled {
        self.keep_coordinator(choice)?;
        if matches!(self.session.route, Route::CoordinatorQuestion(_)) {
            self.home();
        }
        Ok(())
    }

    /// "Later kiezen": home, the question not asked again (kept now if opening it could
    /// not keep it).
    pub(super) fn postpone_coordinator(&mut self) -> Handled {
        self.home();
        if self.prefs.coordinator == CoordinatorChoice::NotAsked {
            self.keep_coordinator(CoordinatorChoice::Postponed)?;
        }
        Ok(())
    }

    /// Stores `choice`; if it cannot be kept, the choice before stays, in the file and
    /// in what the app does.
    fn keep_coordinator(&mut self, choice: CoordinatorChoice) -> Handled {
        let before = std::mem::replace(&mut self.prefs.coordinator, choice);
        self.save_prefs()
            .inspect_err(|_| self.prefs.coordinator = before)
    }

    /// Opens the question. Opening it is asking it: whatever way the user leaves it
    /// (an answer, "later", back, quick exit, a lock), it is not asked again, so it
    /// never stands twice between the user and the card.
    pub(super) fn ask_coordinator(&mut self) -> Handled {
        if self.prefs.coordinator == CoordinatorChoice::NotAsked {
            // Not kept (storage failing): still not asked, so "later" tries again and
            // says if it fails; the question itself is shown all the same.
            let _ = self.keep_coordinator(CoordinatorChoice::Postponed);
        }
        let form = self.coordinator_form();
        self.go(Route::CoordinatorQuestion(form));
        Ok(())
    }
}

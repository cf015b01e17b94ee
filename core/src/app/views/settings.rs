//! Settings: language, discreet mode, locking, retention, the own coordinator.

use fluent_bundle::FluentValue;

use super::super::preferences::CoordinatorChoice;
use super::super::route::{CoordinatorForm, Draft};
use super::super::{
    BiometricSettingsView, CheckRow, ChoiceGroup, Event, FieldId, Screen, SettingsView,
};
use super::Views;
use crate::Language;
use crate::app::limits::{
    ATTEMPT_CHOICES, AUTO_LOCK_MINUTES, MAX_COORDINATOR_NAME_CHARS, MAX_COORDINATOR_NUMBER_CHARS,
    RETENTION_CHOICES,
};
use crate::vault::{BIOMETRIC_HOURS, VaultStatus};

impl Views<'_> {
    fn choices<T: Copy + PartialEq>(
        &self,
        label: String,
        values: &[T],
        current: T,
        word: impl Fn(T) -> String,
        event: impl Fn(T) -> Event,
    ) -> ChoiceGroup {
        let options = values
            .iter()
            .map(|value| (word(*value), *value == current, event(*value)))
            .collect();
        self.choice_group(label.clone(), label.clone(), &label, options)
    }

    pub(super) fn settings(&self, form: &CoordinatorForm) -> (String, Screen) {
        let app = self.app;
        let language = self.choices(
            self.t("settings-language"),
            &Language::ALL,
            self.language,
            |l| {
                self.t(match l {
                    Language::Nl => "language-nl",
                    Language::En => "language-en",
                })
            },
            |language| Event::SetLanguage { language },
        );
        // A switch: its state is on or off, not ticked.
        let discreet = CheckRow {
            state_description: self.t(if self.discreet { "a11y-on" } else { "a11y-off" }),
            ..self.check_row(
                self.t("settings-discreet"),
                None,
                None,
                self.discreet,
                Event::SetDiscreet {
                    enabled: !self.discreet,
                },
            )
        };
        let settings = app.session.loaded.settings;
        let retention = settings.map(|s| {
            self.choices(
                self.t("settings-retention"),
                &RETENTION_CHOICES,
                s.retention_days,
                |days| self.f("days", &[("count", FluentValue::from(days))]),
                |days| Event::SetRetentionDays {
                    days: u32::from(days),
                },
            )
        });
        let max_attempts = settings.map(|s| {
            self.choices(
                self.t("settings-max-attempts"),
                &ATTEMPT_CHOICES,
                s.max_attempts,
                |n| n.to_string(),
                |attempts| Event::SetMaxAttempts { attempts },
            )
        });
        let auto_lock = self.choices(
            self.t("settings-auto-lock"),
            &AUTO_LOCK_MINUTES,
            app.prefs.auto_lock_minutes,
            |minutes| self.f("minutes", &[("count", minutes.into())]),
            |minutes| Event::SetAutoLockMinutes { minutes },
        );
        let field = |id, label: &str, draft: &Draft, placeholder: &str, max: usize| {
            self.text_field(id, self.t(label), draft, placeholder, max, false)
        };
        let vault_exists = !matches!(app.vault.status(), VaultStatus::NotCreated);
        let biometrics = app.unlocked().then(|| self.biometric_settings());
        let view = SettingsView {
            language,
            discreet,
            discreet_hint: self.t("settings-discreet-hint"),
            retention,
            auto_lock,
            max_attempts,
            coordinator_heading: self.heading_line(self.t("settings-coordinator")),
            coordinator_name: field(
                FieldId::CoordinatorName,
                "settings-coordinator-name",
                &form.name,
                "settings-coordinator-name-placeholder",
                MAX_COORDINATOR_NAME_CHARS,
            ),
            coordinator_number: field(
                FieldId::CoordinatorNumber,
                "settings-coordinator-number",
                &form.number,
                "settings-coordinator-number-placeholder",
                MAX_COORDINATOR_NUMBER_CHARS,
            ),
            coordinator_set_on: Some(self.coordinator_status()),
            save_coordinator: self.button("settings-coordinator-save", Event::SaveCoordinator),
            clear_coordinator: (app.prefs.coordinator != CoordinatorChoice::Card)
                .then(|| self.button("settings-coordinator-clear", Event::ClearCoordinator)),
            biometrics,
            change_pin: (vault_exists && app.unlocked())
                .then(|| self.button("settings-change-pin", Event::ChangePin)),
            wipe: self.button("settings-wipe", Event::RequestWipe),
        };
        (self.t("settings-title"), Screen::Settings { view })
    }

    /// The biometric unlock's switch, what it protects against and not, and its hours.
    fn biometric_settings(&self) -> BiometricSettingsView {
        let state = self.app.vault.biometric();
        let on = state.is_some();
        let toggle = CheckRow {
            state_description: self.t(if on { "a11y-on" } else { "a11y-off" }),
            ..self.check_row(
                self.t("settings-biometric"),
                None,
                None,
                on,
                Event::SetBiometrics { enabled: !on },
            )
        };
        BiometricSettingsView {
            toggle,
            hint: self.t("settings-biometric-hint"),
            hours: state.map(|state| {
                self.choices(
                    self.t("settings-biometric-hours"),
                    &BIOMETRIC_HOURS,
                    state.hours,
                    |hours| self.f("hours", &[("count", hours.into())]),
                    |hours| Event::SetBiometricHours {
                        hours: u32::from(hours),
                    },
                )
            }),
        }
    }

    /// Whom the call buttons ring, as the settings say it.
    fn coordinator_status(&self) -> String {
        let card_number = self
            .app
            .card_coordinator_number()
            .map(|n| n.display().to_owned())
            .unwrap_or_default();
        match &self.app.prefs.coordinator {
            CoordinatorChoice::Own(own) => self.f(
                "contact-own-set-on",
                &[("date", self.date_naive(own.set_on).into())],
            ),
            CoordinatorChoice::Card => self.f(
                "settings-coordinator-card-chosen",
                &[("number", card_number.into())],
            ),
            CoordinatorChoice::NotAsked | CoordinatorChoice::Postponed => self.f(
                "settings-coordinator-not-chosen",
                &[("number", card_number.into())],
            ),
        }
    }
}

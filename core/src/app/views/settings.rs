//! Settings, the PIN pad, and the screens after a wipe or a quick exit.

use fluent_bundle::FluentValue;

use super::super::preferences::AUTO_LOCK_MINUTES;
use super::super::route::PinStep;
use super::super::update::{ATTEMPT_CHOICES, RETENTION_CHOICES};
use super::super::{
    Button, CheckRow, ChoiceGroup, ChoiceOption, Event, MessageView, PinView, Screen, SettingsView,
    TextField,
};
use super::Views;
use crate::Language;
use crate::vault::VaultStatus;

impl Views<'_> {
    fn choices<T: Copy + PartialEq>(
        &self,
        label: String,
        values: &[T],
        current: T,
        word: impl Fn(T) -> String,
        event: impl Fn(T) -> Event,
    ) -> ChoiceGroup {
        ChoiceGroup {
            label,
            options: values
                .iter()
                .map(|value| ChoiceOption {
                    label: word(*value),
                    selected: *value == current,
                    event: event(*value),
                })
                .collect(),
        }
    }

    pub(super) fn settings(&self) -> (String, Screen) {
        let app = self.app;
        let drafts = &app.drafts;
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
        let discreet_label = self.t("settings-discreet");
        let state = self.t(if self.discreet { "a11y-on" } else { "a11y-off" });
        let discreet = CheckRow {
            accessibility_label: format!("{discreet_label}, {state}"),
            label: discreet_label,
            detail: None,
            checked: self.discreet,
            event: Event::SetDiscreet {
                enabled: !self.discreet,
            },
            secondary: None,
        };
        let settings = app.loaded.settings;
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
        let field =
            |label: &str, text: &str, placeholder: &str, error: Option<String>, max: u32| {
                TextField {
                    label: self.t(label),
                    text: text.to_owned(),
                    placeholder: self.t(placeholder),
                    error,
                    max_chars: max,
                    sensitive: false,
                }
            };
        let coordinator = app.prefs.coordinator.as_ref();
        let vault_exists = !matches!(app.vault.status(), VaultStatus::NotCreated);
        let view = SettingsView {
            language,
            discreet,
            discreet_hint: self.t("settings-discreet-hint"),
            retention,
            auto_lock,
            max_attempts,
            coordinator_heading: self.t("settings-coordinator"),
            coordinator_name: field(
                "settings-coordinator-name",
                &drafts.coordinator_name,
                "settings-coordinator-name-placeholder",
                None,
                60,
            ),
            coordinator_number: field(
                "settings-coordinator-number",
                &drafts.coordinator_number,
                "settings-coordinator-number-placeholder",
                drafts.coordinator_error.clone(),
                32,
            ),
            coordinator_set_on: coordinator.map(|c| {
                self.f(
                    "contact-own-set-on",
                    &[("date", self.date_naive(c.set_on).into())],
                )
            }),
            save_coordinator: self.button("settings-coordinator-save", Event::SaveCoordinator),
            clear_coordinator: coordinator
                .map(|_| self.button("settings-coordinator-clear", Event::ClearCoordinator)),
            change_pin: (vault_exists && app.unlocked())
                .then(|| self.button("settings-change-pin", Event::ChangePin)),
            wipe: self.button("settings-wipe", Event::RequestWipe),
        };
        (self.t("settings-title"), Screen::Settings(view))
    }

    pub(super) fn pin(&self, step: PinStep) -> (String, Screen) {
        let app = self.app;
        let (heading, instruction) = match step {
            PinStep::Choose => ("pin-choose", "pin-choose-instruction"),
            PinStep::Repeat => ("pin-repeat", "pin-repeat-instruction"),
            PinStep::Unlock => ("pin-unlock", "pin-unlock-instruction"),
            PinStep::ChangeCurrent => ("pin-change-current", "pin-unlock-instruction"),
            PinStep::ChangeNew => ("pin-change-new", "pin-choose-instruction"),
            PinStep::ChangeRepeat => ("pin-repeat", "pin-repeat-instruction"),
        };
        let (attempts, retry) = match app.vault.status() {
            VaultStatus::Locked {
                failed_attempts,
                max_attempts,
                retry_at,
            } if step == PinStep::Unlock => (
                (failed_attempts > 0).then(|| {
                    self.f(
                        "pin-attempts-left",
                        &[("count", max_attempts.saturating_sub(failed_attempts).into())],
                    )
                }),
                retry_at.map(|at| self.f("pin-retry-at", &[("at", self.date_time(at).into())])),
            ),
            _ => (None, None),
        };
        let waiting = retry.is_some();
        let digit = |d: u8| Button {
            label: d.to_string(),
            accessibility_label: d.to_string(),
            enabled: !waiting,
            event: Event::PinDigit { digit: d },
        };
        let mut keys: Vec<Button> = (1..=9).map(digit).collect();
        keys.push(Button {
            enabled: !waiting,
            ..self.button("pin-backspace", Event::PinBackspace)
        });
        keys.push(digit(0));
        keys.push(Button {
            enabled: !waiting && app.pin.digits.len() >= crate::vault::MIN_PIN_DIGITS,
            ..self.button("pin-submit", Event::PinSubmit)
        });
        let view = PinView {
            heading: self.t(heading),
            instruction: self.t(instruction),
            entered: app.pin.digits.len() as u32,
            entered_label: self.f("pin-entered", &[("count", app.pin.digits.len().into())]),
            keys,
            error: app.pin.error.clone(),
            attempts,
            retry,
        };
        (self.t(heading), Screen::Pin(view))
    }

    pub(super) fn locked_out(&self) -> (String, Screen) {
        let view = MessageView {
            heading: self.t("locked-out"),
            text: self.t("locked-out-text"),
            action: self.button("action-home", Event::OpenHome),
        };
        (self.t("locked-out"), Screen::LockedOut(view))
    }

    pub(super) fn neutral(&self) -> (String, Screen) {
        let view = MessageView {
            heading: self.t("neutral-heading"),
            text: self.t("neutral-text"),
            action: self.button("neutral-continue", Event::LeaveNeutral),
        };
        (self.t("neutral-heading"), Screen::Neutral(view))
    }
}

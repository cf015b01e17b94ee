//! Building the view model from the app's state. Pure: no I/O, no changes. Every
//! string the user reads is worded here, refusals and confirmations included.

mod about;
mod card;
mod case;
mod confirm;
mod contacts;
mod coordinator;
mod discreet;
mod editors;
mod expiry;
mod frame;
mod meldcode;
mod note_preview;
mod notes;
mod pin;
mod settings;
mod signal_detail;
mod signals;
mod sources;
mod summary;
mod wording;

use std::cell::Cell;

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;

use super::route::{Draft, Route};
use super::{
    App, Button, CheckRow, ChoiceGroup, ChoiceOption, Event, FieldId, Screen, TextField, TextLine,
    ViewModel,
};
use crate::Language;
use crate::casework::Case;
use crate::vault::Note;

pub(crate) use pin::biometric_prompt;
pub(crate) use summary::status_message_id;

pub(super) fn build(app: &App) -> ViewModel {
    Views::of(app).build()
}

/// The neutral screen a quick exit leaves, with nothing else on it.
pub(super) fn after_quick_exit(app: &App) -> ViewModel {
    let views = Views::of(app);
    let (title, screen) = views.neutral();
    ViewModel {
        screen,
        title,
        back: None,
        call: None,
        quick_exit: None,
        lock: None,
        notice: None,
        discreet: views.discreet,
        language: views.language,
        next_heartbeat_ms: None,
    }
}

/// The subject and the text of a case's summary, for sharing.
pub(super) fn export(app: &App, case: &Case, notes: &[Note]) -> (String, String) {
    Views::of(app).export(case, notes)
}

/// The app seen through one language and mode.
struct Views<'a> {
    app: &'a App,
    language: Language,
    discreet: bool,
    /// The user opened the text the current screen holds back (`Event::ShowText`).
    text_shown: bool,
    /// Set when `body` held a text back, so the screen offers the button that shows it
    /// (`show_text`) exactly when there is something to show.
    held_back: Cell<bool>,
}

impl<'a> Views<'a> {
    fn of(app: &'a App) -> Self {
        Self {
            app,
            language: app.language(),
            discreet: app.prefs.discreet,
            text_shown: app.session.showing_text(),
            held_back: Cell::new(false),
        }
    }
}

impl Views<'_> {
    fn t(&self, id: &str) -> String {
        self.app.texts.get(self.language, self.message_id(id))
    }

    fn f(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.app
            .texts
            .format(self.language, self.message_id(id), args)
    }

    fn button(&self, label_id: &str, event: Event) -> Button {
        let label = self.t(label_id);
        Button {
            accessibility_label: label.clone(),
            label,
            enabled: true,
            event,
        }
    }

    /// A check row. A screen reader says `spoken` (the label where `None`), then the
    /// detail, as one label; the state apart, in `state_description`, so a platform
    /// that announces a checkbox's state says it once, in the app's language.
    fn check_row(
        &self,
        label: String,
        spoken: Option<String>,
        detail: Option<String>,
        checked: bool,
        event: Event,
    ) -> CheckRow {
        let spoken = spoken.unwrap_or_else(|| label.clone());
        CheckRow {
            accessibility_label: match &detail {
                Some(detail) => format!("{spoken}, {detail}"),
                None => spoken,
            },
            state_description: self.t(if checked {
                "a11y-checked"
            } else {
                "a11y-unchecked"
            }),
            label,
            detail,
            checked,
            event,
            secondary: None,
        }
    }

    /// A heading line: a screen reader can jump to it.
    fn heading_line(&self, text: String) -> TextLine {
        TextLine {
            text,
            heading: true,
        }
    }

    /// A choice group whose options a screen reader says with their group (`short`, a
    /// name short enough to repeat after each option) and their state in words; the
    /// group itself is named by `accessibility_label`.
    fn choice_group(
        &self,
        label: String,
        accessibility_label: String,
        short: &str,
        options: Vec<(String, bool, Event)>,
    ) -> ChoiceGroup {
        ChoiceGroup {
            label,
            accessibility_label,
            options: options
                .into_iter()
                .map(|(label, selected, event)| ChoiceOption {
                    accessibility_label: self.f(
                        "choice-option-a11y",
                        &[("option", label.as_str().into()), ("group", short.into())],
                    ),
                    label,
                    selected,
                    state_description: self.t(if selected {
                        "choice-selected"
                    } else {
                        "choice-not-selected"
                    }),
                    event,
                })
                .collect(),
        }
    }

    /// A text field over `draft`, showing why its text is refused if it is, and saying
    /// so when it is longer than the field keeps.
    fn text_field(
        &self,
        id: FieldId,
        label: String,
        draft: &Draft,
        placeholder_id: &str,
        max_chars: usize,
        sensitive: bool,
    ) -> TextField {
        let used = draft.text.chars().count();
        TextField {
            id,
            label,
            text: draft.text.as_str().into(),
            placeholder: self.t(placeholder_id),
            error: match &draft.error {
                Some(refusal) => Some(self.refusal(refusal)),
                None => (used > max_chars)
                    .then(|| self.f("error-field-too-long", &[("max", max_chars.into())])),
            },
            max_chars: u32::try_from(max_chars).unwrap_or(u32::MAX),
            counter: (used * 10 >= max_chars * 9).then(|| {
                self.f(
                    "field-counter",
                    &[("used", used.into()), ("max", max_chars.into())],
                )
            }),
            sensitive,
        }
    }

    /// The name of the case the screen is about, if one is loaded: a neutral word in
    /// discreet mode (`case_name`).
    fn loaded_label(&self) -> String {
        let case = self.app.session.loaded.case.as_ref();
        case.map(|c| self.case_name(c.label.as_str()))
            .unwrap_or_default()
    }

    fn date_time(&self, at: DateTime<Utc>) -> String {
        self.app
            .texts
            .date_time(self.language, self.app.clock.local(at))
    }

    fn date_naive(&self, date: chrono::NaiveDate) -> String {
        self.app.texts.date(self.language, date)
    }

    fn screen(&self) -> (String, Screen) {
        match &self.app.session.route {
            Route::Home => self.home(),
            Route::Signals { case } => self.signals(*case),
            Route::Conversation => self.conversation(),
            Route::Meldcode { case } => self.meldcode(*case),
            Route::Afweging { case } => self.afweging(*case),
            Route::Contacts => self.contacts(),
            Route::About => self.about(),
            Route::Cases { picking } => self.cases(*picking),
            Route::Case(_) => self.case(),
            Route::Label(editor) => self.label(editor),
            Route::Remark {
                signal,
                draft,
                seen,
                ..
            } => self.signal_detail(signal, draft, seen),
            Route::Advice { step, draft, .. } => self.advice(*step, draft),
            Route::NoteEditor {
                note, draft, kind, ..
            } => self.note_editor(*note, draft, *kind),
            Route::Search { query } => self.search(query),
            Route::Confirm(confirmation) => self.confirmation(*confirmation),
            Route::Settings(form) => self.settings(form),
            Route::CoordinatorQuestion(form) => self.coordinator_question(form),
            Route::Pin(flow) => self.pin(flow),
            Route::LockedOut => self.locked_out(),
            Route::Neutral => self.neutral(),
        }
    }
}

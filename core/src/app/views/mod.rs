//! Building the view model from the app's state. Pure: no I/O, no changes. Every
//! string the user reads is worded here, refusals and confirmations included.

mod about;
mod card;
mod case;
mod confirm;
mod contacts;
mod editors;
mod meldcode;
mod notes;
mod pin;
mod settings;
mod signals;
mod summary;
mod wording;

use std::cell::Cell;

use chrono::{DateTime, Duration, Utc};
use fluent_bundle::FluentValue;

use super::route::{Draft, Route};
use super::{
    App, Button, CallButton, CheckRow, Event, FieldId, Notice, NoticeKind, Screen, TextField,
    ViewModel,
};
use crate::Language;
use crate::casework::Case;
use crate::vault::{Note, VaultStatus};

pub(crate) use summary::status_message_id;

/// Words that say what the app is about, in both languages, lower case and without
/// spaces. Stems, so that compounds and forms are caught too ("arbeidsuitbuiting",
/// "uitbuiter", "daderschap", "exploitation"). Discreet mode keeps them off every
/// screen: a heading or a name gets its neutral form, any other text is held back
/// until the user opens it. A false match only holds back more.
const REVEALING: [&str; 10] = [
    "mensenhandel",
    "uitbuit",
    "slachtoffer",
    "dader",
    "signalenkaart",
    "trafficking",
    "exploit",
    "victim",
    "perpetrator",
    "signalscard",
];

/// Whether `text` says what the app is about.
pub(crate) fn reveals(text: &str) -> bool {
    // The card breaks words over lines ("MENSEN HANDEL"): compare without spaces.
    let lower: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    REVEALING.iter().any(|word| lower.contains(word))
}

/// How often the PIN pad looks again whether another window still has the vault open.
const IN_USE_LOOK_AGAIN_SECS: i64 = 2;

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
        self.app.texts.get(self.language, id)
    }

    fn f(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.app.texts.format(self.language, id, args)
    }

    /// A card heading, or a neutral one in discreet mode if it reveals the subject.
    fn heading(&self, text: &str, neutral_id: &str) -> String {
        if self.discreet && reveals(text) {
            self.t(neutral_id)
        } else {
            text.to_owned()
        }
    }

    /// A text as the screen shows it: `None` in discreet mode if it says what the app is
    /// about, until the user opens the screen's text with `show_text`.
    fn body(&self, text: &str) -> Option<String> {
        if self.discreet && !self.text_shown && reveals(text) {
            self.held_back.set(true);
            return None;
        }
        Some(text.to_owned())
    }

    /// `body` for a text the screen cannot leave out (a step's title): a neutral
    /// placeholder while it is held back.
    fn body_or_placeholder(&self, text: &str) -> String {
        self.body(text)
            .unwrap_or_else(|| self.t("discreet-text-hidden"))
    }

    /// "Tekst tonen", if `body` held back any text of the screen built so far: call it
    /// after building the rest.
    fn show_text(&self) -> Option<Button> {
        self.held_back.get().then(|| self.show_text_button())
    }

    fn show_text_button(&self) -> Button {
        Button {
            accessibility_label: self.t("show-text-accessibility"),
            ..self.button("show-text", Event::ShowText)
        }
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

    /// The label of the case the screen is about, if one is loaded.
    fn loaded_label(&self) -> String {
        let case = self.app.session.loaded.case.as_ref();
        case.map(|c| c.label.as_str().to_owned())
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

    fn build(&self) -> ViewModel {
        let (title, screen) = self.screen();
        let app = self.app;
        let route = &app.session.route;
        let public = !matches!(route, Route::Neutral | Route::LockedOut);
        ViewModel {
            screen,
            title,
            back: (public && !matches!(route, Route::Home))
                .then(|| self.button("action-back", Event::Back)),
            call: public.then(|| self.call_button()),
            quick_exit: (!matches!(route, Route::Neutral))
                .then(|| self.button("action-quick-exit", Event::QuickExit)),
            lock: app
                .unlocked()
                .then(|| self.button("action-lock", Event::LockNow)),
            notice: app.session.notice.as_ref().map(|outcome| {
                let (kind, text) = match outcome {
                    Ok(done) => (NoticeKind::Confirmation, self.done(*done)),
                    Err(refusal) => (NoticeKind::Error, self.refusal(refusal)),
                };
                Notice {
                    kind,
                    text,
                    action: (outcome.is_ok() && app.session.undo.is_some())
                        .then(|| self.button("action-undo", Event::Undo)),
                    dismiss: self.button("action-dismiss", Event::DismissNotice),
                }
            }),
            discreet: self.discreet,
            language: self.language,
            next_heartbeat_ms: self.next_heartbeat_ms(),
        }
    }

    /// How long until time alone changes something: the auto-lock of an open vault, the
    /// end of the delay on the PIN pad, or (every few seconds) another window letting go
    /// of the vault. Rounded up, so the heartbeat is not early.
    fn next_heartbeat_ms(&self) -> Option<i64> {
        let app = self.app;
        let auto_lock = app
            .unlocked()
            .then(|| app.last_activity + Duration::minutes(i64::from(app.prefs.auto_lock_minutes)));
        let delay_ends = match (&app.session.route, app.vault.status()) {
            (Route::Pin(_), VaultStatus::Locked { retry_at, .. }) => retry_at,
            (Route::Pin(_), VaultStatus::InUse) => {
                Some(app.clock.now() + Duration::seconds(IN_USE_LOOK_AGAIN_SECS))
            }
            _ => None,
        };
        let next = auto_lock.into_iter().chain(delay_ends).min()?;
        let wait = next - app.clock.now() + Duration::nanoseconds(999_999);
        Some(wait.num_milliseconds().max(0))
    }

    /// The button that calls the zorgcoördinator: the user's own if set, else the card's.
    fn call_button(&self) -> CallButton {
        let label = self.t(if self.discreet {
            "call-coordinator-discreet"
        } else {
            "call-coordinator"
        });
        let own = self.app.prefs.coordinator.as_ref().and_then(|c| c.number());
        let (number, event) = match own {
            Some(number) => (number.display().to_owned(), Event::CallOwnCoordinator),
            None => (
                self.app
                    .content
                    .contact("zorgcoordinator")
                    .and_then(|c| c.number.as_ref())
                    .map(|n| n.display().to_owned())
                    .unwrap_or_default(),
                Event::Call {
                    contact_id: "zorgcoordinator".into(),
                },
            ),
        };
        let accessibility_label = self.f(
            "call-accessibility",
            &[
                ("label", label.as_str().into()),
                ("number", number.as_str().into()),
            ],
        );
        CallButton {
            label,
            number,
            accessibility_label,
            event,
        }
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
            Route::Remark { signal, draft, .. } => self.remark(signal, draft),
            Route::NoteEditor { note, draft, .. } => self.note_editor(*note, draft),
            Route::Search { query } => self.search(query),
            Route::Confirm(confirmation) => self.confirmation(*confirmation),
            Route::Settings(form) => self.settings(form),
            Route::Pin(flow) => self.pin(flow),
            Route::LockedOut => self.locked_out(),
            Route::Neutral => self.neutral(),
        }
    }
}

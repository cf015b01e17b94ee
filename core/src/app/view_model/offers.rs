//! What a view offers: every event one of its controls sends, and the text fields it
//! shows. The one-screen rule (`app::one_screen`) reads it, and so does a test that
//! drives the app as a user would, so both see exactly what a shell renders.

use super::*;

/// One control of a view: the event a press sends, and whether it can be pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer<'a> {
    /// The event the control sends.
    pub event: &'a Event,
    /// Whether the control can be pressed now (a disabled button shows, greyed).
    pub enabled: bool,
}

/// Collects the controls of a view as it is walked.
#[derive(Default)]
struct Controls<'a> {
    offers: Vec<Offer<'a>>,
    fields: Vec<&'a TextField>,
}

impl<'a> Controls<'a> {
    fn event(&mut self, event: &'a Event) {
        self.offers.push(Offer {
            event,
            enabled: true,
        });
    }

    fn button(&mut self, button: &'a Button) {
        self.offers.push(Offer {
            event: &button.event,
            enabled: button.enabled,
        });
    }

    fn buttons(&mut self, buttons: impl IntoIterator<Item = &'a Button>) {
        buttons.into_iter().for_each(|b| self.button(b));
    }

    fn rows(&mut self, rows: &'a [Row]) {
        rows.iter().for_each(|row| self.event(&row.event));
    }

    fn check_row(&mut self, row: &'a CheckRow) {
        self.event(&row.event);
        self.buttons(&row.secondary);
    }

    fn sources(&mut self, sources: &'a Option<SourcesView>) {
        if let Some(sources) = sources {
            self.button(&sources.toggle);
        }
    }

    fn choices(&mut self, group: &'a ChoiceGroup) {
        group.options.iter().for_each(|o| self.event(&o.event));
    }

    fn screen(&mut self, screen: &'a Screen) {
        match screen {
            Screen::Home { view } => {
                self.rows(&view.sections);
                self.buttons(&view.show_text);
                self.buttons(&view.coordinator_question);
            }
            Screen::Signals { view } => {
                view.items.iter().for_each(|row| self.check_row(row));
                self.buttons(
                    [&view.show_text, &view.save, &view.clear]
                        .into_iter()
                        .flatten(),
                );
            }
            Screen::Conversation { view } => self.buttons(&view.show_text),
            Screen::Meldcode { view } => {
                for step in &view.steps {
                    for expert in &step.experts {
                        self.buttons(&expert.call);
                        if let Some(row) = &expert.consulted {
                            self.check_row(row);
                        }
                    }
                    if let Some(group) = &step.status {
                        self.choices(group);
                    }
                    self.buttons(&step.edit_advice);
                }
                self.buttons(&view.show_text);
                self.sources(&view.sources);
                self.button(&view.afweging);
            }
            Screen::Afwegingskader { view } => {
                for group in view.questions.iter().filter_map(|q| q.choices.as_ref()) {
                    self.choices(group);
                }
                self.buttons([&view.show_text, &view.report_call].into_iter().flatten());
                self.sources(&view.sources);
            }
            Screen::Contacts { view } => {
                view.items.iter().for_each(|c| self.buttons(&c.call));
                self.buttons(&view.show_text);
                self.sources(&view.sources);
            }
            Screen::Cases { view } => {
                self.rows(&view.items);
                self.button(&view.new_case);
            }
            Screen::Case { view } => {
                if let Some(acute) = &view.acute {
                    self.buttons(&acute.calls);
                }
                self.buttons(&view.report_call);
                self.rows(&view.sections);
                self.rows(&view.notes);
                self.buttons(&view.show_text);
                self.buttons([&view.new_note, &view.export, &view.rename, &view.delete]);
            }
            Screen::Label { view } => {
                self.fields.push(&view.field);
                self.button(&view.submit);
            }
            Screen::SignalDetail { view } => {
                self.choices(&view.seen);
                self.fields
                    .extend([&view.date, &view.time, &view.remark].into_iter().flatten());
                self.buttons([&view.show_text].into_iter().flatten());
                self.button(&view.save);
            }
            Screen::NoteEditor { view } => {
                self.fields.push(&view.field);
                self.choices(&view.kind);
                self.sources(&view.sources);
                self.button(&view.save);
                self.buttons(&view.delete);
            }
            Screen::Search { view } => {
                self.fields.push(&view.field);
                self.rows(&view.results);
                self.buttons(&view.show_text);
            }
            Screen::Settings { view } => {
                self.choices(&view.language);
                self.check_row(&view.discreet);
                if let Some(group) = &view.retention {
                    self.choices(group);
                }
                self.choices(&view.auto_lock);
                if let Some(group) = &view.max_attempts {
                    self.choices(group);
                }
                if let Some(biometrics) = &view.biometrics {
                    self.check_row(&biometrics.toggle);
                    if let Some(group) = &biometrics.hours {
                        self.choices(group);
                    }
                }
                self.fields.push(&view.coordinator_name);
                self.fields.push(&view.coordinator_number);
                self.button(&view.save_coordinator);
                self.buttons(
                    [&view.clear_coordinator, &view.change_pin]
                        .into_iter()
                        .flatten(),
                );
                self.button(&view.wipe);
            }
            Screen::CoordinatorQuestion { view } => {
                self.button(&view.choose_card);
                self.fields.push(&view.own_name);
                self.fields.push(&view.own_number);
                self.buttons([&view.save_own, &view.later]);
                self.buttons(&view.show_text);
                self.sources(&view.sources);
            }
            Screen::About { view } => self.buttons(&view.show_text),
            Screen::Confirm { view } => {
                self.buttons([&view.confirm, &view.cancel]);
                if let Some(row) = &view.option {
                    self.check_row(row);
                }
            }
            Screen::Pin { view } => {
                self.buttons(&view.keys);
                if let Some(biometric) = &view.biometric {
                    self.button(biometric);
                }
            }
            Screen::LockedOut { view } | Screen::Neutral { view } => self.button(&view.action),
        }
    }

    fn frame(&mut self, view: &'a ViewModel) {
        self.buttons(
            [&view.back, &view.quick_exit, &view.lock]
                .into_iter()
                .flatten(),
        );
        if let Some(call) = &view.call {
            self.event(&call.event);
        }
        if let Some(notice) = &view.notice {
            self.buttons(&notice.action);
            self.button(&notice.dismiss);
        }
    }
}

impl ViewModel {
    /// Every control on screen with the event it sends: the screen's own, then the
    /// frame's (back, call, quick exit, lock, the notice's buttons).
    pub fn offers(&self) -> Vec<Offer<'_>> {
        self.controls().offers
    }

    /// The text fields on screen; their changes are `Event::Edit` with the field's `id`.
    pub fn fields(&self) -> Vec<&TextField> {
        self.controls().fields
    }

    fn controls(&self) -> Controls<'_> {
        let mut controls = Controls::default();
        controls.screen(&self.screen);
        controls.frame(self);
        controls
    }
}

//! How a screen applies discreet mode's policy (`crate::discreet`): a heading or a name
//! gets its neutral form, other text that tells the subject is held back until the user
//! opens it ("Tekst tonen"), and what the user wrote stays folded the same way.

use super::super::{Button, Event};
use super::Views;

impl Views<'_> {
    /// Whether `text` tells an onlooker what the app is about (the reviewed
    /// classification of the content, `content/discreet.json`).
    fn reveals(&self, text: &str) -> bool {
        self.app.content.discretion().reveals(self.language, text)
    }

    /// The message to show for `id`: in discreet mode its discreet message where the
    /// classification gives one.
    pub(super) fn message_id<'a>(&'a self, id: &'a str) -> &'a str {
        if self.discreet {
            self.app.content.discretion().message(id)
        } else {
            id
        }
    }

    /// A heading or a name, or its neutral form in discreet mode if it reveals the
    /// subject; `fallback_id` for a text the classification does not know (a name the
    /// user typed).
    pub(super) fn heading(&self, text: &str, fallback_id: &str) -> String {
        if !self.discreet || !self.reveals(text) {
            return text.to_owned();
        }
        match self.app.content.discretion().neutral(self.language, text) {
            Some(neutral) => neutral.to_owned(),
            None => self.t(fallback_id),
        }
    }

    /// A title inside the screen's text (a step, a signal): its neutral form while
    /// discreet mode holds the text back, the text itself once the user opened it.
    pub(super) fn title(&self, text: &str) -> String {
        if self.discreet && !self.text_shown && self.reveals(text) {
            self.held_back.set(true);
            return self.heading(text, "discreet-text-hidden");
        }
        text.to_owned()
    }

    /// A text as the screen shows it: `None` in discreet mode if it says what the app is
    /// about, until the user opens the screen's text with `show_text`.
    pub(super) fn body(&self, text: &str) -> Option<String> {
        if self.discreet && !self.text_shown && self.reveals(text) {
            self.held_back.set(true);
            return None;
        }
        Some(text.to_owned())
    }

    /// `body` for a text the screen cannot leave out (a question): a neutral
    /// placeholder while it is held back.
    pub(super) fn body_or_placeholder(&self, text: &str) -> String {
        self.body(text)
            .unwrap_or_else(|| self.t("discreet-text-hidden"))
    }

    /// What the user wrote (a note, a remark, a search hit): folded in discreet mode
    /// whatever it says, until the user opens the screen's text. Folded, `None`.
    pub(super) fn own_text(&self, text: &str) -> Option<String> {
        if self.discreet && !self.text_shown {
            self.held_back.set(true);
            return None;
        }
        Some(text.to_owned())
    }

    /// The case's name where the screen is not the case's own: a neutral word in
    /// discreet mode. The case's screen and the list show the name itself.
    pub(super) fn case_name(&self, label: &str) -> String {
        if self.discreet {
            self.t("discreet-case")
        } else {
            label.to_owned()
        }
    }

    /// "Tekst tonen", if `body` held back any text of the screen built so far: call it
    /// after building the rest.
    pub(super) fn show_text(&self) -> Option<Button> {
        self.held_back.get().then(|| self.show_text_button())
    }

    pub(super) fn show_text_button(&self) -> Button {
        Button {
            accessibility_label: self.t("show-text-accessibility"),
            ..self.button("show-text", Event::ShowText)
        }
    }
}

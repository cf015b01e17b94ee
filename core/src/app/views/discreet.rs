//! Discreet mode's words: which texts say what the app is about, and how a screen
//! holds them back until the user opens them.

use super::super::{Button, Event};
use super::Views;

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

impl Views<'_> {
    /// A card heading, or a neutral one in discreet mode if it reveals the subject.
    pub(super) fn heading(&self, text: &str, neutral_id: &str) -> String {
        if self.discreet && reveals(text) {
            self.t(neutral_id)
        } else {
            text.to_owned()
        }
    }

    /// A text as the screen shows it: `None` in discreet mode if it says what the app is
    /// about, until the user opens the screen's text with `show_text`.
    pub(super) fn body(&self, text: &str) -> Option<String> {
        if self.discreet && !self.text_shown && reveals(text) {
            self.held_back.set(true);
            return None;
        }
        Some(text.to_owned())
    }

    /// `body` for a text the screen cannot leave out (a step's title): a neutral
    /// placeholder while it is held back.
    pub(super) fn body_or_placeholder(&self, text: &str) -> String {
        self.body(text)
            .unwrap_or_else(|| self.t("discreet-text-hidden"))
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

//! The card's plain screens: home and the conversation.

use super::super::{Button, ConversationView, Destination, Event, HomeView, Row, Screen};
use super::Views;

impl Views<'_> {
    pub(super) fn home(&self) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let section = |label: String, detail: Option<String>, destination| Row {
            accessibility_label: label.clone(),
            label,
            detail,
            event: Event::Open { destination },
        };
        let neutral = |normal: &str, id: &str| self.heading(normal, id);
        let mut sections = vec![
            section(
                neutral(&card.signals.heading, "discreet-signals"),
                Some(self.checklist_count()),
                Destination::Signals,
            ),
            section(
                neutral(&card.conversation.heading, "discreet-conversation"),
                None,
                Destination::Conversation,
            ),
            section(
                neutral(&card.meldcode.heading, "discreet-meldcode"),
                None,
                Destination::Meldcode,
            ),
            section(
                self.t("home-afweging"),
                Some(self.t("home-afweging-detail")),
                Destination::Afwegingskader,
            ),
            section(self.t("home-contacts"), None, Destination::Contacts),
            section(
                self.t("home-cases"),
                Some(self.t("home-cases-detail")),
                Destination::Cases,
            ),
            section(self.t("home-search"), None, Destination::Search),
            section(self.t("home-settings"), None, Destination::Settings),
            section(self.t("home-about"), None, Destination::About),
        ];
        sections
            .iter_mut()
            .for_each(|row| row.accessibility_label = row.label.clone());
        let title = if self.discreet {
            self.t("discreet-app-title")
        } else {
            self.t("app-title")
        };
        // Nine lines before the first section cost a hurried reader the screen: the
        // introduction waits below the sections until it is asked for, in every mode.
        let intro = self.text_shown.then(|| card.intro.clone());
        let show_text = match (intro.is_some(), self.discreet) {
            (true, _) => None,
            (false, true) => Some(self.show_text_button()),
            (false, false) => Some(Button {
                accessibility_label: self.t("home-intro-accessibility"),
                ..self.button("home-intro", Event::ShowText)
            }),
        };
        (
            title,
            Screen::Home {
                view: HomeView {
                    sections,
                    intro,
                    show_text,
                    coordinator_question: self.coordinator_prompt(),
                },
            },
        )
    }

    pub(super) fn checklist_count(&self) -> String {
        self.f(
            "signal-count",
            &[("count", self.app.session.checklist.len().into())],
        )
    }

    pub(super) fn conversation(&self) -> (String, Screen) {
        let conversation = &self.app.content.card(self.language).conversation;
        let texts = |points: &[crate::content::ConversationPoint]| {
            points.iter().filter_map(|p| self.body(&p.text)).collect()
        };
        let view = ConversationView {
            helping_heading: self.heading_line(conversation.helping_heading.clone()),
            helping: texts(&conversation.helping),
            hindering_heading: self.heading_line(conversation.hindering_heading.clone()),
            hindering: texts(&conversation.hindering),
            closing: self.body(&conversation.dont_avoid),
            show_text: self.show_text(),
        };
        (
            self.heading(&conversation.heading, "discreet-conversation"),
            Screen::Conversation { view },
        )
    }
}

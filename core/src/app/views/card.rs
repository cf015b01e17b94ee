//! The card's plain screens: home and the conversation.

use super::super::{ConversationView, Destination, Event, HomeView, Row, Screen};
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
            section(self.t("home-afweging"), None, Destination::Afwegingskader),
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
        let heading = if self.discreet {
            self.t("discreet-app-title")
        } else {
            format!("{} — {}", card.title, card.subtitle)
        };
        let title = if self.discreet {
            self.t("discreet-app-title")
        } else {
            self.t("app-title")
        };
        (
            title,
            Screen::Home {
                view: HomeView {
                    heading,
                    intro: self.body(&card.intro),
                    sections,
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
            points.iter().map(|p| p.text.clone()).collect()
        };
        let heading = self.heading(&conversation.heading, "discreet-conversation");
        let view = ConversationView {
            heading: heading.clone(),
            helping_heading: conversation.helping_heading.clone(),
            helping: texts(&conversation.helping),
            hindering_heading: conversation.hindering_heading.clone(),
            hindering: texts(&conversation.hindering),
            closing: conversation.dont_avoid.clone(),
        };
        (heading, Screen::Conversation { view })
    }
}

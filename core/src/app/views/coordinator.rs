//! The first-use question whose zorgcoördinator to call, and its prompt on the home
//! screen.

use super::super::preferences::CoordinatorChoice;
use super::super::route::CoordinatorForm;
use super::super::{Button, CoordinatorQuestionView, Event, FieldId, Screen};
use super::Views;
use crate::app::limits::{MAX_COORDINATOR_NAME_CHARS, MAX_COORDINATOR_NUMBER_CHARS};
use crate::content::FactPlace;

impl Views<'_> {
    /// A message id, or its neutral twin in discreet mode.
    fn discreet_t(&self, id: &str) -> String {
        if self.discreet {
            self.t(&format!("{id}-discreet"))
        } else {
            self.t(id)
        }
    }

    /// The home screen's way into the question, until it was opened once.
    pub(super) fn coordinator_prompt(&self) -> Option<Button> {
        (self.app.prefs.coordinator == CoordinatorChoice::NotAsked)
            .then(|| self.button_text(self.discreet_t("coordinator-prompt"), Event::AskCoordinator))
    }

    fn button_text(&self, label: String, event: Event) -> Button {
        Button {
            accessibility_label: label.clone(),
            label,
            enabled: true,
            event,
        }
    }

    pub(super) fn coordinator_question(&self, form: &CoordinatorForm) -> (String, Screen) {
        let app = self.app;
        let id = app.card_coordinator_id();
        let name = app
            .content
            .contact_text(self.language, id)
            .map(|text| self.heading(&text.name, "discreet-coordinator"))
            .unwrap_or_else(|| self.t("discreet-coordinator"));
        let card = match app.card_coordinator_number() {
            Some(number) => self.f(
                "coordinator-question-card",
                &[("name", name.into()), ("number", number.display().into())],
            ),
            None => name,
        };
        // The overview by region, with its sources: the facts kept with the card's
        // coordinator.
        let place = FactPlace::Contact(crate::content::ContactId(id.to_owned()));
        let facts: Vec<_> = app.content.facts_at(&place).collect();
        let where_to_find = facts
            .iter()
            .filter_map(|fact| self.body(fact.text.get(self.language)))
            .collect::<Vec<_>>()
            .join("\n\n");
        let sources = self.sources(self.working_fact_sources(facts.iter().copied()));
        let field = |id, label: &str, draft, placeholder: &str, max: usize| {
            self.text_field(id, self.t(label), draft, placeholder, max, false)
        };
        let view = CoordinatorQuestionView {
            question: self.heading_line(self.discreet_t("coordinator-question")),
            explanation: self.t("coordinator-question-explanation"),
            card,
            choose_card: self.button(
                "coordinator-question-choose-card",
                Event::ChooseCardCoordinator,
            ),
            own_heading: self.heading_line(self.discreet_t("coordinator-question-own")),
            where_to_find: (!where_to_find.is_empty()).then_some(where_to_find),
            sources,
            own_name: field(
                FieldId::CoordinatorName,
                "settings-coordinator-name",
                &form.name,
                "settings-coordinator-name-placeholder",
                MAX_COORDINATOR_NAME_CHARS,
            ),
            own_number: field(
                FieldId::CoordinatorNumber,
                "settings-coordinator-number",
                &form.number,
                "settings-coordinator-number-placeholder",
                MAX_COORDINATOR_NUMBER_CHARS,
            ),
            save_own: self.button("coordinator-question-save-own", Event::SaveCoordinator),
            later: self.button("coordinator-question-later", Event::PostponeCoordinator),
            show_text: self.show_text(),
        };
        (
            self.discreet_t("coordinator-question-title"),
            Screen::CoordinatorQuestion { view },
        )
    }
}

//! Contacts, calling them, and the source line every fact not on the card carries.

use super::super::{Button, ContactView, ContactsView, Event, Screen};
use super::Views;
use crate::content::{Contact, Fact, FactPlace, Source};

impl Views<'_> {
    /// A button that calls `number`, spoken as "call <name>, <number>".
    pub(super) fn call(&self, name: &str, number: &str, event: Event) -> Button {
        Button {
            label: self.f("call-number", &[("number", number.into())]),
            accessibility_label: self.f(
                "call-accessibility",
                &[("label", name.into()), ("number", number.into())],
            ),
            enabled: true,
            event,
        }
    }

    /// The call button for a contact of the content, if it has a number.
    pub(super) fn contact_call(&self, contact: &Contact, name: &str) -> Option<Button> {
        let number = contact.number.as_ref()?;
        Some(self.call(
            name,
            number.display(),
            Event::Call {
                contact_id: contact.id.0.clone(),
            },
        ))
    }

    /// "Bron: …, gecontroleerd op …" for a public source; "Van de kaart (…)" for what the
    /// card prints, which nobody checked against anything but the card.
    pub(super) fn source_line(&self, source: &Source) -> String {
        let Some(verified_on) = source.verified_on.filter(|_| !source.from_card) else {
            let transcribed = self.app.content.provenance().transcribed_on;
            return self.f(
                "source-card",
                &[("date", self.date_naive(transcribed).into())],
            );
        };
        match self.body(&Self::source_name(source)) {
            Some(name) => self.f(
                "source-line",
                &[
                    ("source", name.into()),
                    ("date", self.date_naive(verified_on).into()),
                ],
            ),
            None => self.t("source-discreet"),
        }
    }

    /// "Name (url)".
    fn source_name(source: &Source) -> String {
        match &source.url {
            Some(url) => format!("{} ({url})", source.name),
            None => source.name.clone(),
        }
    }

    /// A fact's sources in one line: "Bron: …; Bron: …", or, for the app's own note,
    /// "Opmerking van deze app, op grond van …".
    pub(super) fn fact_source_lines(&self, fact: &Fact) -> String {
        if fact.app_note {
            let basis = fact
                .sources
                .iter()
                .map(|source| {
                    let date = source.verified_on.map(|d| self.date_naive(d));
                    match (self.body(&Self::source_name(source)), date) {
                        (Some(name), Some(date)) => self.f(
                            "source-checked",
                            &[("source", name.into()), ("date", date.into())],
                        ),
                        _ => self.t("source-discreet"),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            return self.f("fact-app-note", &[("sources", basis.into())]);
        }
        fact.sources
            .iter()
            .map(|source| self.source_line(source))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// "Topic: Bron: …" — where a fact comes from, for a list of sources.
    pub(super) fn fact_sources(&self, fact: &Fact) -> String {
        self.f(
            "fact-sources",
            &[
                ("topic", fact.topic.get(self.language).into()),
                ("sources", self.fact_source_lines(fact).into()),
            ],
        )
    }

    /// The source lines of facts on a working screen: the app's own notes on how a
    /// phone works are left out there (their developer documentation is listed under
    /// "Over deze kaart"), so a working screen names no developer material.
    pub(super) fn working_fact_sources<'f>(
        &self,
        facts: impl IntoIterator<Item = &'f Fact>,
    ) -> Vec<String> {
        facts
            .into_iter()
            .filter(|fact| !fact.app_note)
            .map(|fact| self.fact_sources(fact))
            .collect()
    }

    pub(super) fn contacts(&self) -> (String, Screen) {
        let mut items = Vec::new();
        let mut sources = Vec::new();
        if let Some(own) = &self.app.prefs.coordinator
            && let Some(number) = own.number()
        {
            let name = own.name.clone();
            let call = Some(self.call(&name, number.display(), Event::CallOwnCoordinator));
            let set_on = self.f(
                "contact-own-set-on",
                &[("date", self.date_naive(own.set_on).into())],
            );
            items.push(ContactView {
                name,
                note: Some(format!("{}\n{set_on}", self.t("contact-own-note"))),
                number: Some(number.display().to_owned()),
                call,
            });
        }
        let content = &self.app.content;
        for contact in content.contacts() {
            let Some(text) = content.contact_text(self.language, &contact.id.0) else {
                continue;
            };
            let name = self.heading(&text.name, "discreet-coordinator");
            let call = self.contact_call(contact, &name);
            // Facts not on the card that belong with this contact: their text after the
            // note, their sources after the contact's own.
            let place = FactPlace::Contact(contact.id.clone());
            let facts: Vec<(String, &Fact)> = content
                .facts_at(&place)
                .filter_map(|fact| Some((self.body(fact.text.get(self.language))?, fact)))
                .collect();
            let note = self
                .body(&text.note)
                .into_iter()
                .chain(facts.iter().map(|(text, _)| text.clone()))
                .collect::<Vec<_>>()
                .join("\n\n");
            sources.push(self.f(
                "contact-sources",
                &[
                    ("name", name.as_str().into()),
                    ("sources", self.source_line(&contact.source).into()),
                ],
            ));
            sources.extend(self.working_fact_sources(facts.iter().map(|(_, fact)| *fact)));
            items.push(ContactView {
                note: (!note.is_empty()).then_some(note),
                number: contact.number.as_ref().map(|n| n.display().to_owned()),
                call,
                name,
            });
        }
        // The app's notes about calling, after the contacts: nothing to call.
        for fact in content.facts_at(&FactPlace::Calls) {
            let Some(note) = self.body(fact.text.get(self.language)) else {
                continue;
            };
            items.push(ContactView {
                name: fact.topic.get(self.language).to_owned(),
                note: Some(note),
                number: None,
                call: None,
            });
            sources.extend(self.working_fact_sources([fact]));
        }
        (
            self.t("contacts-title"),
            Screen::Contacts {
                view: ContactsView {
                    items,
                    show_text: self.show_text(),
                    sources: self.sources(sources),
                },
            },
        )
    }
}

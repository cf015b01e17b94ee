//! Contacts, calling them, and the source line every fact not on the card carries.

use super::super::{Button, ContactView, ContactsView, Event, Screen};
use super::Views;
use crate::content::{Contact, Fact, FactPlace, Source};

impl Views<'_> {
    /// A button that calls `number`, shown and spoken with the verb: "Bel Veilig
    /// Thuis, 0800 2000"; a name that holds the number already says it once ("Bel
    /// Alarmnummer 112").
    pub(super) fn call(&self, name: &str, number: &str, event: Event) -> Button {
        let label = if name.contains(number) {
            self.f("call-contact-named", &[("name", name.into())])
        } else {
            self.f(
                "call-contact",
                &[("name", name.into()), ("number", number.into())],
            )
        };
        Button {
            accessibility_label: label.clone(),
            label,
            enabled: true,
            event,
        }
    }

    /// The call button for a contact of the content, if it has a number. The card's
    /// zorgcoördinator rings whom the user chose (`App::coordinator_call`), named as
    /// the user named their own.
    pub(super) fn contact_call(&self, contact: &Contact, name: &str) -> Option<Button> {
        if contact.id.0 == self.app.card_coordinator_id() {
            let chosen = self.app.coordinator_call()?;
            let name = chosen.own_name.as_deref().unwrap_or(name);
            return Some(self.call(name, chosen.number.display(), chosen.event));
        }
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
                (
                    "topic",
                    self.heading(fact.topic.get(self.language), "discreet-text-hidden")
                        .into(),
                ),
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
        let own = self.app.prefs.coordinator.own();
        if let Some(own) = own
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
            let card_coordinator = contact.id.0 == self.app.card_coordinator_id();
            // The card's coordinator is rung only when chosen; its number stays in
            // sight, marked as the card's.
            let call = if card_coordinator && own.is_some() {
                None
            } else {
                self.contact_call(contact, &name)
            };
            let number = contact.number.as_ref().map(|n| {
                if card_coordinator {
                    self.f("contact-card-number", &[("number", n.display().into())])
                } else {
                    n.display().to_owned()
                }
            });
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
                number,
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
                name: self.heading(fact.topic.get(self.language), "discreet-text-hidden"),
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

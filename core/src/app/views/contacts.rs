//! Contacts, calling them, and the source line every fact not on the card carries.

use super::super::{Button, ContactView, ContactsView, Event, Screen};
use super::Views;
use crate::content::Contact;

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

    pub(super) fn source_line(
        &self,
        name: &str,
        url: Option<&str>,
        verified_on: chrono::NaiveDate,
    ) -> String {
        let date = self.date_naive(verified_on);
        let source = match url {
            Some(url) => format!("{name} ({url})"),
            None => name.to_owned(),
        };
        match self.body(&source) {
            Some(source) => self.f(
                "source-line",
                &[("source", source.into()), ("date", date.into())],
            ),
            None => self.t("source-discreet"),
        }
    }

    pub(super) fn contacts(&self) -> (String, Screen) {
        let mut items = Vec::new();
        if let Some(own) = &self.app.prefs.coordinator
            && let Some(number) = own.number()
        {
            let name = own.name.clone();
            let call = Some(self.call(&name, number.display(), Event::CallOwnCoordinator));
            items.push(ContactView {
                name,
                note: Some(self.t("contact-own-note")),
                number: Some(number.display().to_owned()),
                call,
                source: self.f(
                    "contact-own-set-on",
                    &[("date", self.date_naive(own.set_on).into())],
                ),
            });
        }
        for contact in self.app.content.contacts() {
            let Some(text) = self.app.content.contact_text(self.language, &contact.id.0) else {
                continue;
            };
            let name = self.heading(&text.name, "discreet-coordinator");
            let call = self.contact_call(contact, &name);
            items.push(ContactView {
                note: self.body(&text.note),
                number: contact.number.as_ref().map(|n| n.display().to_owned()),
                call,
                source: self.source_line(
                    &contact.source.name,
                    contact.source.url.as_deref(),
                    contact.source.verified_on,
                ),
                name,
            });
        }
        (
            self.t("contacts-title"),
            Screen::Contacts {
                view: ContactsView {
                    items,
                    show_text: self.show_text(),
                },
            },
        )
    }
}

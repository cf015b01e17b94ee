//! Whose zorgcoördinator a call goes to. One decision, [`App::coordinator_call`]: the
//! top bar, the meldcode's experts, the contacts and the case all offer the call it
//! gives, so no screen can ring another coordinator than the one the user chose.

use super::{App, Event};
use crate::Language;
use crate::content::PhoneNumber;

/// The call to the zorgcoördinator, as the user chose.
pub(crate) struct CoordinatorCall {
    /// The number it rings.
    pub number: PhoneNumber,
    /// The event that rings it.
    pub event: Event,
    /// The user's own coordinator's name; `None` for the card's.
    pub own_name: Option<String>,
}

impl App {
    /// The id of the card's coordinator among the contacts (the same in every
    /// language: the content checks it).
    pub(crate) fn card_coordinator_id(&self) -> &str {
        &self.content.card(Language::Nl).coordinator.contact.0
    }

    /// The number on the card, if it prints one.
    pub(crate) fn card_coordinator_number(&self) -> Option<&PhoneNumber> {
        self.content
            .contact(self.card_coordinator_id())?
            .number
            .as_ref()
            .and_then(|n| match n {
                crate::content::Dialable::Phone(number) => Some(number),
                crate::content::Dialable::Emergency112 => None,
            })
    }

    /// Whom a call to the zorgcoördinator rings: the user's own once chosen, else the
    /// card's (chosen, postponed or not asked yet: the card is what the user holds).
    /// `None` only if the content has no number for the card's coordinator.
    pub(crate) fn coordinator_call(&self) -> Option<CoordinatorCall> {
        // An own coordinator whose stored number is not well-formed never gets here:
        // such a preferences file is read as damaged.
        if let Some(own) = self.prefs.coordinator.own()
            && let Some(number) = own.number()
        {
            return Some(CoordinatorCall {
                number,
                event: Event::CallOwnCoordinator,
                own_name: Some(own.name.clone()),
            });
        }
        Some(CoordinatorCall {
            number: self.card_coordinator_number()?.clone(),
            event: Event::Call {
                contact_id: self.card_coordinator_id().to_owned(),
            },
            own_name: None,
        })
    }
}

//! Calls: a contact of the card, or the user's own coordinator.

use super::super::{App, Effect};
use super::Handled;
use crate::app::outcome::Refusal;
use crate::app::preferences::OwnCoordinator;

impl App {
    pub(super) fn call(&mut self, contact_id: &str, effects: &mut Vec<Effect>) -> Handled {
        let contact = self
            .content
            .contact(contact_id)
            .ok_or(Refusal::UnknownContact)?;
        let number = contact.number.as_ref().ok_or(Refusal::NoNumber)?;
        effects.push(Effect::Dial {
            tel_uri: number.tel_uri().to_owned(),
        });
        Ok(())
    }

    pub(super) fn call_own_coordinator(&mut self, effects: &mut Vec<Effect>) -> Handled {
        let number = self
            .prefs
            .coordinator
            .as_ref()
            .and_then(OwnCoordinator::number)
            .ok_or(Refusal::NoNumber)?;
        effects.push(Effect::Dial {
            tel_uri: number.tel_uri().to_owned(),
        });
        Ok(())
    }
}

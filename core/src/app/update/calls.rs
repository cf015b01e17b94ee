//! Calls: a contact of the card, or the user's own coordinator (the phone app taking
//! the screen for one does not lock: see `locking`).

use super::super::locking::Moment;
use super::super::{App, Effect};
use super::Handled;
use crate::app::outcome::Refusal;
use crate::app::preferences::OwnCoordinator;

impl App {
    pub(super) fn call(
        &mut self,
        contact_id: &str,
        now: Moment,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        let contact = self
            .content
            .contact(contact_id)
            .ok_or(Refusal::UnknownContact)?;
        let number = contact.number.as_ref().ok_or(Refusal::NoNumber)?;
        let tel_uri = number.tel_uri().to_owned();
        self.dial(tel_uri, now, effects);
        Ok(())
    }

    pub(super) fn call_own_coordinator(
        &mut self,
        now: Moment,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        let number = self
            .prefs
            .coordinator
            .own()
            .and_then(OwnCoordinator::number)
            .ok_or(Refusal::NoNumber)?;
        let tel_uri = number.tel_uri().to_owned();
        self.dial(tel_uri, now, effects);
        Ok(())
    }

    /// Opens the dialer, and remembers the call so the dialer's coming to the front
    /// does not lock the vault.
    fn dial(&mut self, tel_uri: String, now: Moment, effects: &mut Vec<Effect>) {
        self.calling(now);
        effects.push(Effect::Dial { tel_uri });
    }

    /// The phone app did not open: no call leaves the app, so the next time out of
    /// sight locks again, and the user is given the number to dial on another phone.
    /// Only a number the app offers to call is shown back (the card's contacts and the
    /// user's own coordinator): a forged `tel_uri` is not echoed.
    pub(super) fn dial_failed(&mut self, tel_uri: &str) -> Handled {
        self.session.calling = None;
        let own = self
            .prefs
            .coordinator
            .own()
            .and_then(OwnCoordinator::number)
            .filter(|number| number.tel_uri() == tel_uri)
            .map(|number| number.display().to_owned());
        let number = own
            .or_else(|| {
                self.content
                    .contacts()
                    .iter()
                    .filter_map(|contact| contact.number.as_ref())
                    .find(|number| number.tel_uri() == tel_uri)
                    .map(|number| number.display().to_owned())
            })
            .ok_or(Refusal::NotHere)?;
        Err(Refusal::NoDialer { number })
    }
}

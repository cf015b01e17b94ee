//! Calls: a contact of the card, or the user's own coordinator; and the phases the
//! platform moves the app through, which a call started here explains.

use chrono::{DateTime, Duration, Utc};

use super::super::{App, Effect, Phase};
use super::Handled;
use crate::app::outcome::Refusal;
use crate::app::preferences::OwnCoordinator;

impl App {
    pub(super) fn call(
        &mut self,
        contact_id: &str,
        now: DateTime<Utc>,
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
        now: DateTime<Utc>,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        let number = self
            .prefs
            .coordinator
            .as_ref()
            .and_then(OwnCoordinator::number)
            .ok_or(Refusal::NoNumber)?;
        let tel_uri = number.tel_uri().to_owned();
        self.dial(tel_uri, now, effects);
        Ok(())
    }

    /// Opens the dialer, and remembers the call so the dialer's coming to the front
    /// does not lock the vault.
    fn dial(&mut self, tel_uri: String, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        self.session.calling = Some(now);
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
            .as_ref()
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

    /// The lock policy, the same on every platform. Going to the background locks the
    /// vault, except when the dialer the user just opened from the app takes the
    /// screen: then, with the client perhaps still in the room, the call does not cost
    /// a PIN on return; the auto-lock time still counts from the tap on the call, and a
    /// quick exit still locks at once. The shell covers its window (app switcher,
    /// screenshots) in every phase but `Active` either way.
    pub(super) fn phase_changed(
        &mut self,
        phase: Phase,
        now: DateTime<Utc>,
        effects: &mut Vec<Effect>,
    ) {
        let for_the_call = self
            .session
            .calling
            .is_some_and(|at| now - at <= Duration::seconds(CALL_LEAVES_WITHIN_SECONDS));
        match phase {
            Phase::Background => {
                // Out of sight, the text the user opened closes, even with no vault
                // open to lock, and even for a call.
                self.session.hide_text();
                if !for_the_call {
                    self.lock(effects);
                }
            }
            Phase::Active => self.session.calling = None,
            _ => {}
        }
    }
}

/// How soon after the tap on a call the app must be in the background for it to be the
/// dialer's doing: the dialer opens within a second; a generous margin for slow phones.
const CALL_LEAVES_WITHIN_SECONDS: i64 = 30;

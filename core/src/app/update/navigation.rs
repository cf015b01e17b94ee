//! Going to a screen, back, and home; screens that show case data go through the
//! unlock screen first.

use super::super::route::{CoordinatorForm, Draft, PinFlow, PinStep, Route};
use super::super::{App, Destination};
use super::Handled;
use crate::app::outcome::Refusal;
use crate::vault::VaultStatus;

impl App {
    /// Goes to `route`, through the unlock screen if it shows case data.
    pub(super) fn go(&mut self, route: Route) {
        let previous = std::mem::replace(&mut self.session.route, Route::Home);
        if !previous.is_transient() {
            self.session.stack.push(previous);
        }
        self.session.route = if route.needs_vault() && !self.unlocked() {
            let step = match self.vault.status() {
                VaultStatus::NotCreated => PinStep::Choose,
                _ => PinStep::Unlock,
            };
            Route::Pin(PinFlow::new(step, Some(route)))
        } else {
            route
        };
    }

    /// Goes back one screen. Leaving a flow (a PIN, a confirmation, the case picker)
    /// cancels it: its state leaves with its route.
    pub(super) fn back(&mut self) -> Handled {
        match self.session.stack.pop() {
            Some(route) => self.session.route = route,
            None if matches!(self.session.route, Route::Home) => return Err(Refusal::NotHere),
            None => self.session.route = Route::Home,
        }
        Ok(())
    }

    /// Home, with nothing to go back to.
    pub(super) fn home(&mut self) {
        self.session.stack.clear();
        self.session.route = Route::Home;
    }

    pub(super) fn open(&mut self, destination: Destination) {
        let route = Route::opened_by(destination, self.coordinator_form());
        self.go(route);
    }

    /// The own coordinator's fields as saved.
    pub(super) fn coordinator_form(&self) -> CoordinatorForm {
        let own = self.prefs.coordinator.own();
        CoordinatorForm {
            name: Draft::new(own.map(|c| c.name.clone()).unwrap_or_default()),
            number: Draft::new(own.map(|c| c.display.clone()).unwrap_or_default()),
        }
    }

    /// From the neutral screen (the only one that offers it) to the home screen.
    pub(super) fn leave_neutral(&mut self) {
        self.session.route = Route::Home;
    }
}

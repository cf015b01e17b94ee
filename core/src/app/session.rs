//! One visit's state: where the user is, where back leads, the quick checklist, the
//! case data loaded for the screen and the last notice. A lock, a quick exit and a
//! wipe each reset it here, in one place.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::outcome::Outcome;
use super::route::{PinFlow, PinStep, Route};
use crate::casework::Case;
use crate::vault::{CaseListItem, Note, NoteHit, VaultSettings};

/// Case data read from the vault for the current screen, so building a view needs no
/// I/O. Refreshed after every event.
#[derive(Default)]
pub(crate) struct Loaded {
    pub case: Option<Case>,
    pub notes: Vec<Note>,
    pub cases: Vec<CaseListItem>,
    pub hits: Vec<NoteHit>,
    pub settings: Option<VaultSettings>,
}

/// Where the user is and what the visit holds in memory.
pub(crate) struct Session {
    pub route: Route,
    /// Where back leads, the nearest last.
    pub stack: Vec<Route>,
    /// The quick checklist: ticks that are not (yet) saved in a case, in memory only.
    pub checklist: BTreeMap<String, DateTime<Utc>>,
    pub loaded: Loaded,
    /// What the last event came to, until the next event.
    pub notice: Option<Outcome>,
}

impl Session {
    /// A visit that has just begun, on `route`.
    pub fn at(route: Route) -> Self {
        Self {
            route,
            stack: Vec::new(),
            checklist: BTreeMap::new(),
            loaded: Loaded::default(),
            notice: None,
        }
    }

    /// Ends the visit: everything it held is forgotten and a new one begins on `route`
    /// (a quick exit, a wipe).
    pub fn restart(&mut self, route: Route) {
        *self = Self::at(route);
    }

    /// The vault was locked: forgets every piece of case data, and leaves the screens
    /// that show it for the unlock screen, which returns to where the user was.
    pub fn forget_case_data(&mut self) {
        self.loaded = Loaded::default();
        self.stack.retain(|route| !route.needs_vault());
        if self.route.needs_vault() {
            self.route = match std::mem::replace(&mut self.route, Route::Home) {
                // A PIN change needs the open vault: it is abandoned, back where it began.
                Route::Pin(_) => self.stack.pop().unwrap_or(Route::Home),
                other => Route::Pin(PinFlow::new(PinStep::Unlock, Some(other.resume_point()))),
            };
        }
    }
}

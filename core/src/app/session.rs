//! One visit's state: where the user is, where back leads, the quick checklist, the
//! case data loaded for the screen and the last notice. A lock, a quick exit and a
//! wipe each reset it here, in one place, wiping the text they forget.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use zeroize::Zeroize;

use super::Effect;
use super::locking::Moment;
use super::outcome::{Outcome, Refusal};
use super::route::{PinFlow, PinStep, Place, Route};
use super::undo::Undo;
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

/// Wipes every text the screen's case data holds and leaves nothing loaded.
impl Zeroize for Loaded {
    fn zeroize(&mut self) {
        self.case.zeroize();
        self.notes.zeroize();
        self.cases.zeroize();
        self.hits.zeroize();
        self.settings = None;
    }
}

// The vault's read types, wiped here where the app forgets them (their ids and times
// are not text the user wrote).

impl Zeroize for Note {
    fn zeroize(&mut self) {
        self.body.zeroize();
    }
}

impl Zeroize for CaseListItem {
    fn zeroize(&mut self) {
        self.label.zeroize();
    }
}

impl Zeroize for NoteHit {
    fn zeroize(&mut self) {
        self.case_label.zeroize();
        for part in &mut self.snippet {
            part.text.zeroize();
        }
        self.snippet.clear();
    }
}

/// What the visit still has to tell the user or the shell. No case data: it outlives a
/// quick exit (not a wipe).
#[derive(Default)]
pub(crate) struct Pending {
    /// A notice for after the next unlock: what became of a note saved at a lock.
    pub after_unlock: Option<Outcome>,
    /// Effects for the next update, e.g. the launcher following a discreet mode the
    /// shell was not told of (damaged preferences at start).
    pub effects: Vec<Effect>,
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
    /// What the last event removed, offered back by its notice until the next tap.
    pub undo: Option<Undo>,
    /// When the user last tapped a call, until their next tap: going to the background
    /// for the dialer then does not lock (see `locking`).
    pub calling: Option<Moment>,
    pub pending: Pending,
    /// The screen whose held-back text the user opened (`Event::ShowText`): in discreet
    /// mode the words that say what the app is about, on the home screen the card's
    /// introduction. Closed again when the user leaves it, at a lock, a quick exit, a
    /// wipe and when the app goes out of sight, so the text never waits on screen for
    /// the next person to look.
    text_shown: Option<Place>,
    /// The screen whose sources the user opened (`Event::ToggleSources`), closed as
    /// `text_shown` is.
    sources_shown: Option<Place>,
    /// The cases the notice after an unlock says will soon be erased, soonest first,
    /// for its wording and its keep button; only while that notice shows. Case data:
    /// wiped at a lock.
    pub expiring: Vec<CaseListItem>,
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
            undo: None,
            calling: None,
            pending: Pending::default(),
            text_shown: None,
            sources_shown: None,
            expiring: Vec::new(),
        }
    }

    /// The screen shown and those under it on the back stack, the newest first: where
    /// work in progress can wait (a note, a label under a question).
    pub fn open_routes(&self) -> impl Iterator<Item = &Route> {
        std::iter::once(&self.route).chain(self.stack.iter().rev())
    }

    /// Shows the text the current screen holds back, until the user leaves it.
    pub fn show_text(&mut self) {
        self.text_shown = Some(self.route.place());
    }

    /// Holds the text back again.
    pub fn hide_text(&mut self) {
        self.text_shown = None;
    }

    /// Opens the current screen's sources, or closes them if they are open.
    pub fn toggle_sources(&mut self) {
        self.sources_shown = if self.showing_sources() {
            None
        } else {
            Some(self.route.place())
        };
    }

    /// Whether the user opened the current screen's sources.
    pub fn showing_sources(&self) -> bool {
        self.sources_shown == Some(self.route.place())
    }

    /// Forgets the cases the expiry notice offered to keep (with the notice).
    pub fn forget_expiring(&mut self) {
        self.expiring.zeroize();
        self.expiring.clear();
    }

    /// Whether the user opened the current screen's held-back text.
    pub fn showing_text(&self) -> bool {
        self.text_shown == Some(self.route.place())
    }

    /// The first visit after the app started, on the home screen. Damaged preferences
    /// were read as discreet mode on: the first screen says so, and the first update
    /// tells the shell to show the neutral launcher entry.
    pub fn first(preferences_damaged: bool) -> Self {
        let mut session = Self::at(Route::Home);
        if preferences_damaged {
            session.notice = Some(Err(Refusal::PreferencesUnreadable));
            session
                .pending
                .effects
                .push(Effect::SetLauncherDiscreet { discreet: true });
        }
        session
    }

    /// Ends the visit: everything it held is wiped and forgotten, and a new one begins
    /// on `route` (a quick exit, a wipe). Drafts and PINs in the routes wipe themselves
    /// as they drop (`Zeroizing`).
    pub fn restart(&mut self, route: Route) {
        self.loaded.zeroize();
        self.forget_expiring();
        for (mut signal, _) in std::mem::take(&mut self.checklist) {
            signal.zeroize();
        }
        *self = Self::at(route);
    }

    /// The vault was locked: wipes and forgets every piece of case data, and leaves the
    /// screens that show it for the unlock screen, which returns to where the user was.
    pub fn forget_case_data(&mut self) {
        self.hide_text();
        self.sources_shown = None;
        self.forget_expiring();
        self.loaded.zeroize();
        self.undo = None;
        self.stack.retain(|route| !route.needs_vault());
        if self.route.needs_vault() {
            self.route = match std::mem::replace(&mut self.route, Route::Home) {
                // A PIN change needs the open vault: it is abandoned, back where it began.
                Route::Pin(_) => self.stack.pop().unwrap_or(Route::Home),
                other => Route::Pin(PinFlow::new(PinStep::Unlock, Some(other.resume_point()))),
            };
        }
    }

    /// Ends an update: closes the text shown on a screen the user left, hands over the
    /// effects held for it, and once the vault is open (`unlocked`) and no other notice
    /// is showing, the notice kept for after the unlock.
    pub fn settle(&mut self, unlocked: bool, effects: &mut Vec<Effect>) {
        // Left the screen whose text was shown: coming back finds it held back again.
        if !self.showing_text() {
            self.hide_text();
        }
        if !self.showing_sources() {
            self.sources_shown = None;
        }
        effects.append(&mut self.pending.effects);
        if unlocked && self.notice.is_none() {
            self.notice = self.pending.after_unlock.take();
        }
    }
}

#[cfg(test)]
mod tests;

//! The one-screen rule, for every event: it acts only on the screen that offered it.
//!
//! A shell renders a view and sends what the user taps; by the time the event arrives
//! the screen may have changed under it (a lock, a quick exit from another thread, a
//! double tap, a second window). So the core checks each event against the view as it
//! stands when the event arrives, not as the shell last saw it: an event that an enabled
//! control of that view sends (or an edit of a field it shows) is carried out; any other
//! is refused with a notice and changes nothing. The handlers then never have to ask
//! whether their screen is the one shown.
//!
//! `OpenHome` goes with the back button: offered wherever the view has one (and on
//! the home screen it is already there).
//!
//! Sent on any screen, because no control sends them: time (`Heartbeat`), the
//! platform's phases and its report of a failed dial, dismissing a notice, and the
//! quick exit, which is never refused.

use super::outcome::Refusal;
use super::route::{Place, Route};
use super::{Event, ViewModel};
use crate::casework::CaseId;

/// Whether an event may act, checked before it is handled.
pub(super) enum Standing {
    /// The view offers it: carry it out.
    Offered,
    /// It opens the screen already shown (a double tap): nothing to do, nothing to say.
    AlreadyThere,
    /// Not offered on this screen: refused with this reason; nothing changes.
    Refused(Refusal),
}

/// Where `event` stands on the screen `route` is, whose view `view` builds (only for
/// an event that a control sends: a heartbeat or a phase never pays for a view).
pub(super) fn standing(event: &Event, route: &Route, view: impl FnOnce() -> ViewModel) -> Standing {
    if sent_anywhere(event) {
        return Standing::Offered;
    }
    let view = view();
    // The frame's navigation: where the view has a back button, home is a tap away too.
    if *event == Event::OpenHome && view.back.is_some() {
        return Standing::Offered;
    }
    if let Event::Edit { field, .. } = event {
        return if view.fields().iter().any(|f| f.id == *field) {
            Standing::Offered
        } else {
            Standing::Refused(Refusal::NotHere)
        };
    }
    let mut disabled = false;
    for offer in view.offers() {
        if offer.event == event {
            if offer.enabled {
                return Standing::Offered;
            }
            disabled = true;
        }
    }
    if opens(event).is_some_and(|place| heading_to(route) == Some(place)) {
        Standing::AlreadyThere
    } else if disabled {
        Standing::Refused(Refusal::NotNow)
    } else {
        Standing::Refused(Refusal::NotHere)
    }
}

/// Events no control sends: the platform's, time's, and the quick exit.
fn sent_anywhere(event: &Event) -> bool {
    matches!(
        event,
        Event::Heartbeat
            | Event::PhaseChanged { .. }
            | Event::DialFailed { .. }
            | Event::DismissNotice
            | Event::QuickExit
    )
}

/// The screen an event opens, if it opens one.
fn opens(event: &Event) -> Option<Place> {
    let case =
        |text: &str, route: fn(CaseId) -> Route| CaseId::parse(text).map(|id| route(id).place());
    match event {
        Event::OpenHome => Some(Route::Home.place()),
        Event::Open { destination } => {
            Some(Route::opened_by(*destination, Default::default()).place())
        }
        Event::OpenCase { case_id } => case(case_id, Route::Case),
        Event::OpenCaseSignals { case_id } => case(case_id, |id| Route::Signals { case: Some(id) }),
        Event::OpenCaseSteps { case_id } => case(case_id, |id| Route::Meldcode { case: Some(id) }),
        Event::OpenCaseAfweging { case_id } => {
            case(case_id, |id| Route::Afweging { case: Some(id) })
        }
        _ => None,
    }
}

/// The screen shown, or the one the PIN pad opens once the vault is.
fn heading_to(route: &Route) -> Option<Place> {
    match route {
        Route::Pin(flow) if !flow.step.on_an_open_vault() => flow.then.as_deref().map(Route::place),
        other => Some(other.place()),
    }
}

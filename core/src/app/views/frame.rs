//! The frame every screen shares: title, back, the call button, quick exit, lock, the
//! notice, and when time next changes something.

use chrono::Duration;

use super::super::locking::Moment;
use super::super::outcome::Done;
use super::super::route::Route;
use super::super::{CallButton, Event, Notice, NoticeKind, ViewModel};
use super::Views;
use crate::vault::VaultStatus;

/// How often the PIN pad looks again whether another window still has the vault open.
const IN_USE_LOOK_AGAIN_SECS: i64 = 2;

impl Views<'_> {
    pub(super) fn build(&self) -> ViewModel {
        let (title, screen) = self.screen();
        let app = self.app;
        let route = &app.session.route;
        let public = !matches!(route, Route::Neutral | Route::LockedOut);
        ViewModel {
            screen,
            title,
            back: (public && !matches!(route, Route::Home))
                .then(|| self.button("action-back", Event::Back)),
            call: public.then(|| self.call_button()),
            quick_exit: (!matches!(route, Route::Neutral))
                .then(|| self.button("action-quick-exit", Event::QuickExit)),
            lock: app
                .unlocked()
                .then(|| self.button("action-lock", Event::LockNow)),
            notice: app.session.notice.as_ref().map(|outcome| {
                let (kind, text) = match outcome {
                    Ok(done) => (NoticeKind::Confirmation, self.done(*done)),
                    Err(refusal) => (NoticeKind::Error, self.refusal(refusal)),
                };
                let action = match outcome {
                    Ok(Done::ExpiringSoon { .. }) => self.keep_expiring(),
                    Ok(_) => app
                        .session
                        .undo
                        .is_some()
                        .then(|| self.button("action-undo", Event::Undo)),
                    Err(_) => None,
                };
                Notice {
                    kind,
                    text,
                    action,
                    dismiss: self.button("action-dismiss", Event::DismissNotice),
                }
            }),
            discreet: self.discreet,
            language: self.language,
            next_heartbeat_ms: self.next_heartbeat_ms(),
        }
    }

    /// How long until time alone changes something: the auto-lock of an open vault, the
    /// end of the delay on the PIN pad, or (every few seconds) another window letting go
    /// of the vault. Rounded up, so the heartbeat is not early.
    fn next_heartbeat_ms(&self) -> Option<i64> {
        let app = self.app;
        let now = Moment::now(&*app.clock);
        let auto_lock = app.auto_lock_in(&now);
        let delay = match (&app.session.route, app.vault.status()) {
            (Route::Pin(_), VaultStatus::Locked { retry_at, .. }) => {
                retry_at.map(|at| at - now.wall())
            }
            (Route::Pin(_), VaultStatus::InUse) => Some(Duration::seconds(IN_USE_LOOK_AGAIN_SECS)),
            _ => None,
        };
        let wait = auto_lock.into_iter().chain(delay).min()? + Duration::nanoseconds(999_999);
        Some(wait.num_milliseconds().max(0))
    }

    /// The button that calls the zorgcoördinator the user chose (see
    /// `App::coordinator_call`).
    pub(super) fn call_button(&self) -> CallButton {
        let label = self.t(if self.discreet {
            "call-coordinator-discreet"
        } else {
            "call-coordinator"
        });
        let chosen = self.app.coordinator_call();
        let number = chosen
            .as_ref()
            .map(|c| c.number.display().to_owned())
            .unwrap_or_default();
        // Content without the card's number is refused when it loads; the event is then
        // the card's call, refused with its reason.
        let event = chosen.map_or_else(
            || Event::Call {
                contact_id: self.app.card_coordinator_id().to_owned(),
            },
            |c| c.event,
        );
        let accessibility_label = self.f(
            "call-accessibility",
            &[
                ("label", label.as_str().into()),
                ("number", number.as_str().into()),
            ],
        );
        CallButton {
            label,
            number,
            accessibility_label,
            event,
        }
    }
}

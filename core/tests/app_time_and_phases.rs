//! What time and the platform's phases do: the heartbeat deadline in the view, the end
//! of a PIN delay, and which phases lock.

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use signalenkaart_core::app::{App, AppConfig, Destination, Effect, Event, Phase, Screen, Update};
use signalenkaart_core::vault::SoftwareKeyWrapper;
use signalenkaart_core::{Language, ManualClock};

const PIN: &str = "246810";

fn start() -> (App, Arc<ManualClock>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
            .single()
            .expect("time"),
    ));
    let keys = Arc::new(SoftwareKeyWrapper::new(dir.path()).expect("key file"));
    let config = AppConfig {
        data_dir: dir.path().join("data"),
        device_language: Language::Nl,
    };
    let app = App::new(config, keys, clock.clone()).expect("app starts");
    (app, clock, dir)
}

fn pin(app: &mut App, pin: &str) -> Update {
    for digit in pin.bytes() {
        app.dispatch(Event::PinDigit {
            digit: digit - b'0',
        });
    }
    app.dispatch(Event::PinSubmit)
}

/// Creates the vault and leaves it open on the cases.
fn open_vault(app: &mut App) {
    app.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    pin(app, PIN);
    let update = pin(app, PIN);
    assert!(matches!(update.view.screen, Screen::Cases { .. }));
}

#[test]
fn nothing_time_bound_means_no_heartbeat() {
    let (app, _clock, _dir) = start();
    assert_eq!(app.view().next_heartbeat_ms, None, "locked, no delay");
}

#[test]
fn a_pin_delay_ends_with_a_heartbeat_that_enables_the_keys() {
    let (mut app, clock, _dir) = start();
    open_vault(&mut app);
    app.dispatch(Event::LockNow);
    app.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    let mut update = pin(&mut app, "480271");
    for _ in 0..3 {
        update = pin(&mut app, "480271");
    }
    let Screen::Pin { view: pad } = &update.view.screen else {
        panic!("the PIN pad, got {:?}", update.view.screen)
    };
    assert!(pad.retry.is_some(), "the fourth wrong PIN starts a delay");
    assert!(pad.keys.iter().all(|key| !key.enabled), "keys wait");
    let wait = update
        .view
        .next_heartbeat_ms
        .expect("the delay's end is due");
    assert!(wait > 0, "{wait}");

    clock.advance(Duration::milliseconds(i64::from(wait) - 1));
    let early = app.dispatch(Event::Heartbeat);
    let Screen::Pin { view: pad } = &early.view.screen else {
        panic!("pad")
    };
    assert!(pad.retry.is_some(), "a millisecond early: still waiting");

    clock.advance(Duration::milliseconds(1));
    let on_time = app.dispatch(Event::Heartbeat);
    let Screen::Pin { view: pad } = &on_time.view.screen else {
        panic!("pad")
    };
    assert_eq!(pad.retry, None);
    assert!(
        pad.keys
            .iter()
            .filter(|k| k.label != "OK")
            .all(|k| k.enabled),
        "digits work again"
    );
    assert_eq!(on_time.view.next_heartbeat_ms, None);
}

#[test]
fn inactive_keeps_the_vault_open_and_background_locks_it() {
    let (mut app, _clock, _dir) = start();
    open_vault(&mut app);
    let inactive = app.dispatch(Event::PhaseChanged {
        phase: Phase::Inactive,
    });
    assert!(
        inactive.effects.is_empty(),
        "the app switcher does not lock"
    );
    assert!(matches!(inactive.view.screen, Screen::Cases { .. }));
    let active = app.dispatch(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert!(active.effects.is_empty());
    let background = app.dispatch(Event::PhaseChanged {
        phase: Phase::Background,
    });
    assert_eq!(background.effects, [Effect::Locked]);
    assert!(matches!(background.view.screen, Screen::Pin { .. }));
}

#[test]
fn phases_and_heartbeats_do_not_postpone_the_auto_lock() {
    let (mut app, clock, _dir) = start();
    open_vault(&mut app);
    clock.advance(Duration::minutes(3));
    app.dispatch(Event::PhaseChanged {
        phase: Phase::Inactive,
    });
    let back = app.dispatch(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert_eq!(
        back.view.next_heartbeat_ms,
        Some(2 * 60 * 1000),
        "two of the five idle minutes left"
    );
    clock.advance(Duration::minutes(2));
    let update = app.dispatch(Event::Heartbeat);
    assert_eq!(update.effects, [Effect::Locked]);
}

#[test]
fn a_notice_stays_through_heartbeats_and_phases_until_the_user_acts() {
    let (mut app, _clock, _dir) = start();
    let refused = app.dispatch(Event::SaveChecklist);
    assert!(
        refused.view.notice.is_some(),
        "an empty checklist is refused"
    );
    let update = app.dispatch(Event::Heartbeat);
    assert!(update.view.notice.is_some(), "time passing keeps it");
    let update = app.dispatch(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert!(update.view.notice.is_some(), "a phase keeps it");
    let update = app.dispatch(Event::Open {
        destination: Destination::Signals,
    });
    assert!(update.view.notice.is_none(), "a tap answers it");
}

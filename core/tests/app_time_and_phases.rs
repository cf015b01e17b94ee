//! What time and the platform's phases do: the heartbeat deadline in the view, the end
//! of a PIN delay, and which phases lock.

use chrono::Duration;
use signalenkaart_core::app::{Destination, Effect, Event, Phase, Screen};
use support::app::AppHarness;

mod support;

#[test]
fn nothing_time_bound_means_no_heartbeat() {
    let h = AppHarness::start();
    assert_eq!(h.app.view().next_heartbeat_ms, None, "locked, no delay");
}

#[test]
fn a_pin_delay_ends_with_a_heartbeat_that_enables_the_keys() {
    let mut h = AppHarness::start();
    let update = h.wrong_pins_until_a_delay("480271");
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

    h.clock.advance(Duration::milliseconds(wait - 1));
    let early = h.send(Event::Heartbeat);
    let Screen::Pin { view: pad } = &early.view.screen else {
        panic!("pad")
    };
    assert!(pad.retry.is_some(), "a millisecond early: still waiting");

    h.clock.advance(Duration::milliseconds(1));
    let on_time = h.send(Event::Heartbeat);
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
    let mut h = AppHarness::start();
    h.create_vault();
    let inactive = h.send(Event::PhaseChanged {
        phase: Phase::Inactive,
    });
    assert!(
        inactive.effects.is_empty(),
        "the app switcher does not lock"
    );
    assert!(matches!(inactive.view.screen, Screen::Cases { .. }));
    let active = h.send(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert!(active.effects.is_empty());
    let background = h.send(Event::PhaseChanged {
        phase: Phase::Background,
    });
    assert_eq!(background.effects, [Effect::Locked]);
    assert!(matches!(background.view.screen, Screen::Pin { .. }));
}

#[test]
fn phases_and_heartbeats_do_not_postpone_the_auto_lock() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.clock.advance(Duration::minutes(3));
    h.send(Event::PhaseChanged {
        phase: Phase::Inactive,
    });
    let back = h.send(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert_eq!(
        back.view.next_heartbeat_ms,
        Some(2 * 60 * 1000),
        "two of the five idle minutes left"
    );
    h.clock.advance(Duration::minutes(2));
    let update = h.send(Event::Heartbeat);
    assert_eq!(update.effects, [Effect::Locked]);
}

#[test]
fn a_notice_stays_through_heartbeats_and_phases_until_the_user_acts() {
    let mut h = AppHarness::start();
    let refused = h.send(Event::SaveChecklist);
    assert!(
        refused.view.notice.is_some(),
        "an empty checklist is refused"
    );
    let update = h.send(Event::Heartbeat);
    assert!(update.view.notice.is_some(), "time passing keeps it");
    let update = h.send(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert!(update.view.notice.is_some(), "a phase keeps it");
    let update = h.go_to(Destination::Signals);
    assert!(update.view.notice.is_none(), "a tap answers it");
}

#[test]
fn a_wall_clock_set_back_does_not_keep_the_vault_open() {
    let mut h = AppHarness::start();
    let opened = h.create_vault();
    assert_eq!(opened.view.next_heartbeat_ms, Some(5 * 60 * 1000));
    // Someone sets the phone's clock back three days while the vault is open.
    h.clock.jump(-Duration::days(3));
    let view = h.send(Event::Heartbeat).view;
    assert_eq!(
        view.next_heartbeat_ms,
        Some(5 * 60 * 1000),
        "still five minutes, not three days and five minutes"
    );
    h.clock.advance(Duration::minutes(5));
    let update = h.send(Event::Heartbeat);
    assert_eq!(update.effects, [Effect::Locked], "locked on time");
    assert!(matches!(update.view.screen, Screen::Pin { .. }));
}

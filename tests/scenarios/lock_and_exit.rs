//! Locking: the lock button, the background, idle time on the platform's clock, the
//! quick exit; and unlocking again.

use signalenkaart_ffi::{Destination, Effect, Event, Phase, Screen};

use crate::{PIN, Shell};

#[test]
fn the_lock_button_locks_and_goes_home() {
    let shell = Shell::with_case("wijk Noord");
    let lock = shell.view().lock.expect("a lock button while unlocked");
    let update = shell.send(lock.event);
    assert_eq!(update.effects, [Effect::Locked]);
    assert!(
        matches!(update.view.screen, Screen::Home { .. }),
        "{:?}",
        update.view.screen
    );
    assert!(update.view.lock.is_none());

    let view = shell.go_to(Destination::Cases).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "{:?}",
        view.screen
    );
    let view = shell.pin(PIN);
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("the cases, got {:?}", view.screen)
    };
    assert_eq!(cases.items[0].label, "wijk Noord");
}

#[test]
fn going_to_the_background_locks() {
    let shell = Shell::with_case("x");
    let update = shell.send(Event::PhaseChanged {
        phase: Phase::Background,
    });
    assert_eq!(update.effects, [Effect::Locked]);
    assert!(matches!(update.view.screen, Screen::Pin { .. }));
}

#[test]
fn idle_time_on_the_platform_clock_locks_on_the_next_heartbeat() {
    let shell = Shell::with_case("x");
    shell.clock.advance_seconds(4 * 60);
    assert!(
        shell.send(Event::Heartbeat).effects.is_empty(),
        "4 minutes: still open"
    );
    shell.clock.advance_seconds(5 * 60 + 1);
    let update = shell.send(Event::Heartbeat);
    assert_eq!(
        update.effects,
        [Effect::Locked],
        "5 idle minutes since the last tap"
    );
    assert!(matches!(update.view.screen, Screen::Pin { .. }));
}

#[test]
fn quick_exit_locks_hides_the_app_and_leaves_a_neutral_screen() {
    let shell = Shell::with_case("gezin B.");
    shell.go_to(Destination::Signals);
    let view = shell.view();
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    shell.send(signals.items[0].event.clone());

    let quick_exit = shell.view().quick_exit.expect("quick exit on every screen");
    let update = shell.send(quick_exit.event);
    assert_eq!(update.effects, [Effect::Locked, Effect::HideApp]);
    let view = update.view;
    let Screen::Neutral { view: neutral } = &view.screen else {
        panic!("neutral screen, got {:?}", view.screen)
    };
    assert!(view.call.is_none() && view.back.is_none() && view.lock.is_none());
    assert!(view.quick_exit.is_none());
    let shown = format!("{} {} {}", view.title, neutral.text, neutral.action.label).to_lowercase();
    for word in [
        "mensenhandel",
        "uitbuiting",
        "signalenkaart",
        "signa",
        "casus",
    ] {
        assert!(
            !shown.contains(word),
            "{word:?} on the neutral screen: {shown}"
        );
    }

    let view = shell.send(neutral.action.event.clone()).view;
    assert!(
        matches!(view.screen, Screen::Home { .. }),
        "{:?}",
        view.screen
    );
    let view = shell.go_to(Destination::Signals).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(
        signals.items.iter().all(|i| !i.checked),
        "the quick checklist is gone"
    );
    let view = shell.go_to(Destination::Cases).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "cases need the PIN again"
    );
}

#[test]
fn a_wrong_pin_is_a_message_on_the_pad_with_attempts_left() {
    let shell = Shell::with_case("x");
    shell.send(Event::LockNow);
    shell.go_to(Destination::Cases);
    let view = shell.pin("975310");
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("still the PIN pad, got {:?}", view.screen)
    };
    assert_eq!(pad.error.as_deref(), Some("Verkeerde pincode."));
    assert_eq!(
        pad.attempts.as_deref(),
        Some("Nog 9 pogingen voordat alles wordt gewist.")
    );
    assert_eq!(pad.entered, 0);
    let view = shell.pin(PIN);
    assert!(
        matches!(view.screen, Screen::Cases { .. }),
        "{:?}",
        view.screen
    );
}

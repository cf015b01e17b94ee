//! The biometric unlock through the FFI, as a shell drives it: the prompt is a foreign
//! call inside the dispatch, so a quick exit made while it is on screen must be
//! answered at once, and whatever the prompt comes to afterwards must open nothing.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use signalenkaart_ffi::{Destination, Effect, Event, Screen, ViewModel};
use signalenkaart_scenarios::PromptOutcome;

use crate::{PIN, Shell};

/// The vault made, the biometric unlock turned on, locked on the unlock pad.
fn on_and_locked() -> Shell {
    let shell = Shell::start();
    shell.create_vault();
    shell.go_to(Destination::Settings);
    shell.send(Event::SetBiometrics { enabled: true });
    let on = shell.pin(PIN);
    let Screen::Settings { view } = &on.screen else {
        panic!("back on the settings: {:?}", on.screen)
    };
    assert!(view.biometrics.as_ref().is_some_and(|b| b.toggle.checked));
    shell.send(Event::LockNow);
    shell.go_to(Destination::Cases);
    shell
}

fn pad(view: &ViewModel) -> &signalenkaart_ffi::PinView {
    match &view.screen {
        Screen::Pin { view } => view,
        other => panic!("the PIN pad, got {other:?}"),
    }
}

#[test]
fn a_quick_exit_during_the_prompt_is_answered_at_once_and_the_prompt_opens_nothing() {
    // The prompt ends as the shell's cancel on `HideApp` makes it end, and as a finger
    // already on the sensor makes it end: recognised just after the exit.
    for outcome in [PromptOutcome::Cancelled, PromptOutcome::Recognised] {
        let shell = on_and_locked();
        assert!(pad(&shell.view()).biometric.is_some(), "offered");
        let (inside, answer) = shell.fingers.hold_next_prompt();
        let core = Arc::clone(shell.core());
        let unlocking = thread::spawn(move || core.dispatch(Event::UnlockWithBiometrics));
        inside
            .recv_timeout(Duration::from_secs(10))
            .expect("the prompt is shown");

        let exit = shell.send(Event::QuickExit);
        assert!(!unlocking.is_finished(), "answered while the prompt is up");
        assert!(matches!(exit.view.screen, Screen::Neutral { .. }));
        assert_eq!(exit.effects, [Effect::HideApp]);

        answer.send(outcome).expect("the prompt waits");
        let after = unlocking.join().expect("no panic");
        assert!(
            matches!(after.view.screen, Screen::Neutral { .. }),
            "{outcome:?}: the exit wins, got {:?}",
            after.view.screen
        );
        let now = shell.view();
        assert!(matches!(now.screen, Screen::Neutral { .. }));
        assert!(now.lock.is_none(), "{outcome:?}: the vault is not open");
        // The next unlock is by PIN only.
        shell.send(Event::LeaveNeutral);
        let view = shell.go_to(Destination::Cases).view;
        assert_eq!(pad(&view).biometric, None, "{outcome:?}");
        assert!(pad(&view).biometric_note.is_some(), "{outcome:?}");
        let prompts = shell.fingers.prompts();
        shell.send(Event::UnlockWithBiometrics);
        assert_eq!(shell.fingers.prompts(), prompts, "no prompt after the exit");
        let opened = shell.pin(PIN);
        assert!(opened.lock.is_some(), "{outcome:?}: the PIN opens it");
    }
}

#[test]
fn a_biometric_unlock_through_the_ffi_survives_a_restart_of_the_app() {
    let mut shell = on_and_locked();
    shell.restart();
    let view = shell.go_to(Destination::Cases).view;
    let button = pad(&view)
        .biometric
        .clone()
        .expect("offered after a restart of the app");
    let opened = shell.send(button.event).view;
    assert!(
        matches!(opened.screen, Screen::Cases { .. }),
        "{:?}",
        opened.screen
    );
}

#[test]
fn a_quick_exit_before_the_prompt_is_shown_keeps_it_from_showing_at_all() {
    let shell = on_and_locked();
    let prompts = shell.fingers.prompts();
    // The dispatch is inside the header check, just before the prompt would show: the
    // shell's cancel on `HideApp` would come before any prompt it could cancel.
    let (inside, release) = shell.keys.hold_next_unwrap();
    let core = Arc::clone(shell.core());
    let unlocking = thread::spawn(move || core.dispatch(Event::UnlockWithBiometrics));
    inside
        .recv_timeout(Duration::from_secs(10))
        .expect("the header check reached the platform key");
    let exit = shell.send(Event::QuickExit);
    assert!(matches!(exit.view.screen, Screen::Neutral { .. }));
    release.send(()).expect("the check waits");
    let after = unlocking.join().expect("no panic");
    assert!(matches!(after.view.screen, Screen::Neutral { .. }));
    assert_eq!(shell.fingers.prompts(), prompts, "no prompt after the exit");
    assert!(shell.view().lock.is_none(), "the vault is not open");
    // Carried out: the next prompt is the rule's to refuse, not the exit's.
    shell.send(Event::LeaveNeutral);
    let view = shell.go_to(Destination::Cases).view;
    assert_eq!(pad(&view).biometric, None);
    assert!(shell.pin(PIN).lock.is_some());
}

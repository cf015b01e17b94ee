//! Quick exit within one frame, whatever runs: it does not queue behind a PIN check
//! (Argon2id and the platform key take long on a phone), and nothing of the vault is
//! left open after it.

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use signalenkaart_ffi::{Destination, Effect, Event, Screen, Update};

use crate::{PIN, Shell};

/// A vault set up and locked, the PIN pad shown with `pin` typed, and the platform key
/// made to hold the PIN check inside it until released.
fn pin_check_in_progress(
    pin: &str,
) -> (
    Shell,
    thread::JoinHandle<Update>,
    std::sync::mpsc::Sender<()>,
) {
    let shell = Shell::start();
    shell.create_vault();
    shell.send(Event::LockNow);
    shell.go_to(Destination::Cases);
    for digit in pin.bytes() {
        shell.send(Event::PinDigit {
            digit: digit - b'0',
        });
    }
    let (inside, release) = shell.keys.hold_next_unwrap();
    let core = Arc::clone(shell.core());
    let checking = thread::spawn(move || core.dispatch(Event::PinSubmit));
    inside
        .recv_timeout(Duration::from_secs(10))
        .expect("the PIN check reached the platform key");
    (shell, checking, release)
}

fn is_neutral(update: &Update) -> bool {
    matches!(update.view.screen, Screen::Neutral { .. })
}

#[test]
fn quick_exit_is_answered_while_a_pin_check_runs_and_the_right_pin_opens_nothing() {
    let (shell, checking, release) = pin_check_in_progress(PIN);

    let asked = Instant::now();
    let exit = shell.send(Event::QuickExit);
    let answered = asked.elapsed();
    assert!(
        !checking.is_finished(),
        "answered while the PIN check still runs, not after it"
    );
    assert!(is_neutral(&exit), "{:?}", exit.view.screen);
    assert_eq!(exit.effects, [Effect::HideApp]);
    assert!(exit.view.call.is_none() && exit.view.lock.is_none());
    eprintln!("quick exit answered in {answered:?} while a PIN check held the core");

    release.send(()).expect("the check waits");
    let checked = checking.join().expect("the PIN check ends");
    assert!(
        checked.revision > exit.revision,
        "the check's update comes after the exit's and shows the exit"
    );
    assert!(is_neutral(&checked), "{:?}", checked.view.screen);
    assert_eq!(
        checked.effects,
        [Effect::Locked],
        "the exit hid the app once, in its answer; the vault the check opened is locked"
    );

    // The right PIN was accepted, but the quick exit locked the vault again.
    let view = shell.view();
    assert!(matches!(view.screen, Screen::Neutral { .. }));
    assert!(view.lock.is_none(), "the vault is locked");
    shell.send(Event::LeaveNeutral);
    let view = shell.go_to(Destination::Cases).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "cases need the PIN again: {:?}",
        view.screen
    );
}

#[test]
fn a_wrong_pin_checked_during_a_quick_exit_still_counts_and_ends_neutral() {
    let (shell, checking, release) = pin_check_in_progress("480271");
    let exit = shell.send(Event::QuickExit);
    assert!(!checking.is_finished());
    assert!(is_neutral(&exit));
    release.send(()).expect("the check waits");
    let checked = checking.join().expect("the PIN check ends");
    assert!(is_neutral(&checked), "{:?}", checked.view.screen);
    assert_eq!(
        checked.effects,
        [],
        "nothing was open, and the app was hidden once, by the exit's answer"
    );

    shell.send(Event::LeaveNeutral);
    shell.go_to(Destination::Cases);
    let Screen::Pin { view: pad } = shell.view().screen else {
        panic!("the PIN pad")
    };
    assert!(
        pad.attempts.is_some(),
        "the wrong PIN was counted: the quick exit does not undo an attempt"
    );
}

#[test]
fn a_second_quick_exit_while_the_first_waits_hides_nothing_again() {
    let (shell, checking, release) = pin_check_in_progress(PIN);
    let first = shell.send(Event::QuickExit);
    let second = shell.send(Event::QuickExit);
    assert_eq!(first.effects, [Effect::HideApp]);
    assert_eq!(second.effects, [], "the app was hidden once, by the first");
    assert!(is_neutral(&second) && second.revision > first.revision);
    release.send(()).expect("the check waits");
    let checked = checking.join().expect("the PIN check ends");
    assert!(is_neutral(&checked), "{:?}", checked.view.screen);
    assert_eq!(
        checked.effects,
        [Effect::Locked],
        "locked, not hidden again"
    );
}

#[test]
fn revisions_grow_with_every_update() {
    let shell = Shell::start();
    let mut last = 0;
    for event in [
        Event::Open {
            destination: Destination::Signals,
        },
        Event::QuickExit,
        Event::LeaveNeutral,
        Event::Heartbeat,
    ] {
        let update = shell.send(event);
        assert!(update.revision > last, "{} after {last}", update.revision);
        last = update.revision;
    }
}

//! The biometric unlock as the user meets it: the button on the unlock pad only while
//! the coercion rule allows it, the sentence that says why the PIN is needed, the
//! settings that turn it on (with the PIN) and off, and every answer of the platform
//! worded for the pad. A biometric failure never counts as a wrong PIN.

use chrono::Duration;
use signalenkaart_core::app::{Destination, Event, PinView, Screen, SettingsView, ViewModel};
use signalenkaart_core::vault::BiometricError;
use signalenkaart_core::vault::BiometricUnavailable;
use signalenkaart_core::vault::testing::PromptAnswer;
use support::app::{AppHarness, PIN};
use support::words::revealing_words;

mod support;

const WRONG: &str = "135790";

fn pad(view: &ViewModel) -> &PinView {
    match &view.screen {
        Screen::Pin { view } => view,
        other => panic!("the PIN pad, got {other:?}"),
    }
}

fn settings(view: &ViewModel) -> &SettingsView {
    match &view.screen {
        Screen::Settings { view } => view,
        other => panic!("the settings, got {other:?}"),
    }
}

/// Whether the settings shown have the biometric toggle on.
fn toggle_on(view: &ViewModel) -> bool {
    settings(view)
        .biometrics
        .as_ref()
        .expect("shown while open")
        .toggle
        .checked
}

fn is_on(app: &mut AppHarness) -> bool {
    let view = app.set(Event::OpenHome);
    let view = if matches!(view.view.screen, Screen::Settings { .. }) {
        view.view
    } else {
        app.go_to(Destination::Settings).view
    };
    toggle_on(&view)
}

/// The right PIN on the pad shown, a lock: the pad offers the finger again.
fn the_pin_brings_the_finger_back(app: &mut AppHarness) {
    app.pin(PIN);
    app.send(Event::LockNow);
    let view = app.go_to(Destination::Cases).view;
    assert!(pad(&view).biometric.is_some(), "the finger after the PIN");
}

#[test]
fn the_pad_offers_the_finger_and_it_opens_where_the_user_was_heading() {
    let mut app = AppHarness::start();
    let locked = app.biometrics_on_and_locked();
    let shown = pad(&locked.view);
    let button = shown.biometric.as_ref().expect("the finger offered");
    assert_eq!(button.label, "Ontgrendel met vingerafdruk of gezicht");
    assert_eq!(shown.biometric_note, None);
    let opened = app.send(button.event.clone());
    assert!(
        matches!(opened.view.screen, Screen::Cases { .. }),
        "{:?}",
        opened.view.screen
    );
    assert_eq!(app.fingers.prompts().len(), 2, "turning on, unlocking");
}

#[test]
fn after_a_quick_exit_the_pad_says_why_and_offers_no_finger() {
    for locked_first in [false, true] {
        let mut app = AppHarness::start();
        app.biometrics_on_and_locked();
        if !locked_first {
            app.send(Event::UnlockWithBiometrics);
        }
        app.send(Event::QuickExit);
        app.send(Event::LeaveNeutral);
        let view = app.go_to(Destination::Cases).view;
        let shown = pad(&view);
        assert_eq!(shown.biometric, None, "locked first: {locked_first}");
        assert_eq!(
            shown.biometric_note.as_deref(),
            Some("Na snel verlaten opent alleen de pincode de app.")
        );
        // A shell that sends it anyway (a stale screen, a forged event) opens nothing
        // and shows no prompt.
        let prompts = app.fingers.prompts().len();
        let forced = app.send(Event::UnlockWithBiometrics);
        assert!(matches!(forced.view.screen, Screen::Pin { .. }));
        assert_eq!(app.fingers.prompts().len(), prompts);
        // The app started again remembers it.
        let mut app = app.restart();
        let view = app.go_to(Destination::Cases).view;
        assert_eq!(pad(&view).biometric, None);
        the_pin_brings_the_finger_back(&mut app);
    }
}

#[test]
fn after_a_restart_of_the_phone_or_the_chosen_hours_the_pad_says_so() {
    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    app.clock.advance(Duration::hours(8));
    let view = app.send(Event::Heartbeat).view;
    assert_eq!(pad(&view).biometric, None);
    assert_eq!(
        pad(&view).biometric_note.as_deref(),
        Some("De pincode is langer dan 8 uur geleden getypt: alleen de pincode opent de app.")
    );

    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    app.clock.reboot();
    let mut app = app.restart();
    let view = app.go_to(Destination::Cases).view;
    assert_eq!(
        pad(&view).biometric_note.as_deref(),
        Some("Na een herstart van de telefoon opent alleen de pincode de app.")
    );
}

#[test]
fn after_a_wrong_pin_the_finger_waits_for_the_right_one() {
    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    let view = app.pin(WRONG).view;
    assert_eq!(pad(&view).biometric, None);
    assert_eq!(
        pad(&view).biometric_note.as_deref(),
        Some("Na een foute pincode opent alleen de juiste pincode de app.")
    );
    the_pin_brings_the_finger_back(&mut app);
}

#[test]
fn a_cancel_says_nothing_and_no_failure_counts_as_a_wrong_pin() {
    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    app.fingers
        .answer(PromptAnswer::Fails(BiometricError::Cancelled));
    let view = app.send(Event::UnlockWithBiometrics).view;
    assert_eq!(pad(&view).error, None, "a cancel is not an error");
    assert!(pad(&view).biometric.is_some(), "offered again");

    let cases = [
        (
            BiometricError::LockedOut,
            "Vingerafdruk of gezicht is te vaak niet herkend. Gebruik uw pincode.",
        ),
        (
            BiometricError::Failed { code: -28 },
            "De telefoon kon vingerafdruk of gezicht nu niet gebruiken (fout -28). Gebruik uw pincode.",
        ),
        (
            BiometricError::Unavailable {
                reason: BiometricUnavailable::NoneEnrolled,
            },
            "Er is op deze telefoon geen vingerafdruk of gezicht ingesteld. Gebruik uw pincode.",
        ),
    ];
    // More failures than the limit of wrong PINs: none counts, nothing is erased.
    for (error, said) in cases.iter().cycle().take(12) {
        app.fingers.answer(PromptAnswer::Fails(error.clone()));
        let view = app.send(Event::UnlockWithBiometrics).view;
        let shown = pad(&view);
        assert_eq!(shown.error.as_deref(), Some(*said), "{error:?}");
        assert_eq!(shown.attempts, None, "{error:?} counted as a wrong PIN");
        assert_eq!(shown.retry, None);
    }
    let opened = app.pin(PIN);
    assert!(matches!(opened.view.screen, Screen::Cases { .. }));
}

#[test]
fn a_key_gone_with_a_new_fingerprint_is_said_in_one_sentence_and_turns_it_off() {
    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    app.fingers.invalidate();
    let view = app.send(Event::UnlockWithBiometrics).view;
    let said = pad(&view).error.clone().expect("said why");
    assert!(said.contains("toegevoegd of verwijderd"), "{said}");
    assert_eq!(said.matches(". ").count(), 0, "one sentence: {said}");
    assert_eq!(pad(&view).biometric, None);
    assert_eq!(pad(&view).biometric_note, None, "off: no rule to explain");
    app.pin(PIN);
    assert!(!is_on(&mut app), "the settings show it off");
}

#[test]
fn in_discreet_mode_the_prompt_says_nothing_of_the_subject() {
    for discreet in [false, true] {
        let mut app = AppHarness::start();
        app.create_vault();
        app.set(Event::SetDiscreet { enabled: discreet });
        app.set(Event::SetBiometrics { enabled: true });
        app.pin(PIN);
        app.send(Event::LockNow);
        app.go_to(Destination::Cases);
        app.send(Event::UnlockWithBiometrics);
        let prompts = app.fingers.prompts();
        assert_eq!(prompts.len(), 2);
        for prompt in prompts {
            let text = format!("{} {} {}", prompt.title, prompt.subtitle, prompt.use_pin);
            assert_eq!(
                revealing_words(&text).is_empty(),
                discreet,
                "discreet {discreet}: {text}"
            );
        }
    }
}

#[test]
fn turning_on_takes_the_right_pin_and_a_wrong_one_counts_on_the_pad() {
    let mut app = AppHarness::start();
    app.create_vault();
    let asked = app.set(Event::SetBiometrics { enabled: true }).view;
    assert_eq!(asked.title, "Vingerafdruk of gezicht aanzetten");
    assert_eq!(
        pad(&asked).instruction,
        "Voer uw pincode in om ontgrendelen met vingerafdruk of gezicht aan te zetten."
    );
    let wrong = app.pin(WRONG).view;
    assert!(pad(&wrong).error.is_some(), "refused on the pad");
    assert!(app.fingers.prompts().is_empty());
    let on = app.pin(PIN).view;
    assert_eq!(
        on.notice.as_ref().map(|n| n.text.as_str()),
        Some("Ontgrendelen met vingerafdruk of gezicht staat aan.")
    );
    let section = settings(&on).biometrics.clone().expect("shown");
    assert!(section.toggle.checked);
    let hours = section.hours.expect("hours while on");
    let chosen: Vec<&str> = hours
        .options
        .iter()
        .filter(|o| o.selected)
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(chosen, ["8 uur"], "the default");
}

#[test]
fn a_phone_that_cannot_enrol_says_why_and_leaves_it_off() {
    let mut app = AppHarness::start();
    app.create_vault();
    app.fingers
        .answer(PromptAnswer::Fails(BiometricError::Unavailable {
            reason: BiometricUnavailable::NotStrong,
        }));
    app.set(Event::SetBiometrics { enabled: true });
    let view = app.pin(PIN).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some(
            "Niet aangezet: De herkenning op deze telefoon is niet sterk genoeg om de app te openen."
        )
    );
    assert!(!toggle_on(&view));
    // A cancelled prompt leaves it off without a word.
    app.fingers
        .answer(PromptAnswer::Fails(BiometricError::Cancelled));
    app.set(Event::SetBiometrics { enabled: true });
    let view = app.pin(PIN).view;
    assert_eq!(view.notice, None);
    assert!(!toggle_on(&view));
}

#[test]
fn turning_off_the_hours_and_a_new_pin_in_the_settings() {
    let mut app = AppHarness::start();
    app.biometrics_on_and_locked();
    app.send(Event::UnlockWithBiometrics);
    let view = app.set(Event::SetBiometricHours { hours: 4 }).view;
    let hours = settings(&view)
        .biometrics
        .as_ref()
        .and_then(|b| b.hours.clone())
        .expect("hours");
    assert!(
        hours
            .options
            .iter()
            .any(|o| o.selected && o.label == "4 uur")
    );
    // Hours never offered are refused.
    let refused = app.set(Event::SetBiometricHours { hours: 48 }).view;
    assert!(refused.notice.is_some());
    let off = app.set(Event::SetBiometrics { enabled: false }).view;
    assert_eq!(
        off.notice.as_ref().map(|n| n.text.as_str()),
        Some("Ontgrendelen met vingerafdruk of gezicht staat uit.")
    );
    assert!(!app.fingers.has_key(), "the platform's key deleted");
    let section = settings(&off).biometrics.clone().expect("shown");
    assert!(!section.toggle.checked && section.hours.is_none());

    // On again, then a new PIN: off.
    app.set(Event::SetBiometrics { enabled: true });
    app.pin(PIN);
    assert!(is_on(&mut app));
    app.set(Event::ChangePin);
    app.pin(PIN);
    app.pin("975318");
    app.pin("975318");
    assert!(!is_on(&mut app));
    assert!(!app.fingers.has_key());
}

#[test]
fn the_settings_offer_it_only_while_the_vault_is_open() {
    let mut app = AppHarness::start();
    let view = app.go_to(Destination::Settings).view;
    assert_eq!(settings(&view).biometrics, None, "no vault");
    app.send(Event::OpenHome);
    app.create_vault();
    app.send(Event::LockNow);
    let view = app.go_to(Destination::Settings).view;
    assert_eq!(settings(&view).biometrics, None, "locked");
    let refused = app.send(Event::SetBiometrics { enabled: true }).view;
    assert!(matches!(refused.screen, Screen::Settings { .. }));
    assert!(refused.notice.is_some());
}

#[test]
fn a_lock_while_turning_it_on_ends_the_turning_on_and_turns_nothing_on() {
    let mut app = AppHarness::start();
    app.create_vault();
    app.set(Event::SetBiometrics { enabled: true });
    app.digits(&PIN[..4]);
    // Idle past the auto-lock with the PIN half typed.
    app.clock.advance(Duration::hours(1));
    let locked = app.send(Event::Heartbeat).view;
    assert!(
        !matches!(&locked.screen, Screen::Pin { view } if view.instruction.contains("aan te zetten")),
        "the turning-on pad is gone: {:?}",
        locked.screen
    );
    assert!(app.fingers.prompts().is_empty());
    app.go_to(Destination::Cases);
    app.pin(PIN);
    assert!(!is_on(&mut app), "nothing was turned on");
}

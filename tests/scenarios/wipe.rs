//! Erasing everything: on request, and after too many wrong PINs. Both destroy the
//! platform key through the foreign trait and leave a freshly installed app, but for
//! discreet mode, which stays.

use signalenkaart_ffi::{Destination, Effect, Event, FieldId, Screen};

use crate::{PIN, Shell};

fn with_vault() -> Shell {
    let shell = Shell::start();
    shell.go_to(Destination::Cases);
    shell.pin(PIN);
    shell.pin(PIN);
    shell.send(Event::NewCase);
    shell.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    shell.send(Event::SubmitLabel);
    shell
}

fn assert_fresh_install(shell: &Shell) {
    let view = shell.go_to(Destination::Cases).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "PIN pad, got {:?}",
        view.screen
    );
    assert_eq!(view.title, "Kies een pincode", "first-run PIN setup again");
}

#[test]
fn wipe_destroys_the_platform_key_and_leaves_a_fresh_install() {
    let mut shell = with_vault();
    let view = shell.go_to(Destination::Settings).view;
    shell.send(Event::SetDiscreet { enabled: true });
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings, got {:?}", view.screen)
    };
    let view = shell.send(settings.wipe.event.clone()).view;
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("a confirmation first, got {:?}", view.screen)
    };
    assert!(confirm.destructive);
    assert_eq!(
        shell.keys.destroy_calls(),
        0,
        "nothing erased before confirming"
    );

    let update = shell.send(confirm.confirm.event.clone());
    assert!(
        update.effects.contains(&Effect::Wiped),
        "{:?}",
        update.effects
    );
    // Every case, note and preference goes, but discreet mode and its launcher stay.
    assert!(update.view.discreet, "discreet mode survives the wipe");
    assert!(
        update
            .effects
            .contains(&Effect::SetLauncherDiscreet { discreet: true })
    );
    assert!(
        shell.keys.destroy_calls() >= 1,
        "the platform key was destroyed"
    );
    assert_fresh_install(&shell);

    shell.restart();
    assert!(shell.view().discreet, "still discreet from the files alone");
    assert_fresh_install(&shell);
}

#[test]
fn too_many_wrong_pins_erase_the_vault() {
    let shell = with_vault();
    let view = shell.go_to(Destination::Settings).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    let fewest = settings
        .max_attempts
        .as_ref()
        .expect("shown while unlocked")
        .options
        .iter()
        .filter_map(|o| match o.event {
            Event::SetMaxAttempts { attempts } => Some(attempts),
            _ => None,
        })
        .min()
        .expect("limits are offered");
    shell.send(Event::SetMaxAttempts { attempts: fewest });
    shell.send(Event::LockNow);
    shell.go_to(Destination::Cases);

    for attempt in 1..fewest {
        // Past any waiting time, which runs on the platform's clock.
        shell.clock.advance_seconds(3600);
        let view = shell.pin("975310");
        assert!(
            matches!(view.screen, Screen::Pin { .. }),
            "attempt {attempt}"
        );
    }
    assert_eq!(shell.keys.destroy_calls(), 0);
    shell.clock.advance_seconds(3600);
    let view = shell.pin("975310");
    assert!(
        matches!(view.screen, Screen::LockedOut { .. }),
        "erased after wrong PIN number {fewest}, got {:?}",
        view.screen
    );
    assert!(
        shell.keys.destroy_calls() >= 1,
        "the platform key was destroyed"
    );
    assert_fresh_install(&shell);
}

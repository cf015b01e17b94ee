//! The FFI surface itself: constructor errors, the software key wrapper, foreign
//! failures turned into notices, garbage from the shell, panics and threads.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signalenkaart_ffi::{
    Core, CoreError, Destination, Event, KeyWrapperError, NoticeKind, PlatformClock, Screen,
    insecure_software_key_wrapper,
};
use signalenkaart_scenarios::{MemoryKeys, StepClock};

use crate::{CET, PIN, START_MILLIS, Shell, config};

#[test]
fn a_data_directory_that_cannot_be_created_is_a_storage_error_without_the_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the data directory should be: creating the vault below it fails.
    std::fs::write(dir.path().join("data"), b"not a directory").expect("write");
    let error = Core::new(config(dir.path()), Arc::new(MemoryKeys::new(1)), None)
        .expect_err("cannot start on a file");
    assert!(matches!(error, CoreError::Storage { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("data directory cannot be used"),
        "{message}"
    );
    assert!(
        !message.contains(&dir.path().display().to_string()),
        "paths can name the user: {message}"
    );
}

#[test]
fn the_software_key_wrapper_in_an_unusable_directory_is_a_key_store_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("keys");
    std::fs::write(&file, b"x").expect("write");
    let Err(error) = insecure_software_key_wrapper(file.display().to_string()) else {
        panic!("a file is no key directory")
    };
    assert!(matches!(error, CoreError::KeyStore { .. }), "{error:?}");
    assert!(
        error.to_string().contains("platform key store failed"),
        "{error}"
    );
}

#[test]
fn the_software_key_wrapper_protects_a_real_vault_across_restarts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys_dir = dir.path().join("keys").display().to_string();
    let start = || {
        let keys = insecure_software_key_wrapper(keys_dir.clone()).expect("key dir");
        Core::new(config(dir.path()), keys, None).expect("starts with the system clock")
    };
    let core = start();
    core.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    for _ in 0..2 {
        for digit in PIN.bytes() {
            core.dispatch(Event::PinDigit {
                digit: digit - b'0',
            });
        }
        core.dispatch(Event::PinSubmit);
    }
    assert!(core.view().lock.is_some(), "vault created and unlocked");
    drop(core);

    let core = start();
    core.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    for digit in PIN.bytes() {
        core.dispatch(Event::PinDigit {
            digit: digit - b'0',
        });
    }
    let view = core.dispatch(Event::PinSubmit).view;
    assert!(
        matches!(view.screen, Screen::Cases { .. }),
        "unlocked: {:?}",
        view.screen
    );
}

#[test]
fn a_key_gone_for_good_says_only_a_wipe_helps() {
    for gone in [KeyWrapperError::KeyMissing, KeyWrapperError::Rejected] {
        let shell = Shell::start();
        shell.create_vault();
        shell.send(Event::LockNow);
        shell.keys.fail_with(Some(gone.clone()));
        shell.go_to(Destination::Cases);
        let view = shell.pin(PIN);
        let Screen::Pin { view: pad } = &view.screen else {
            panic!("still the PIN pad, got {:?}", view.screen)
        };
        let error = pad.error.as_deref().expect("a reason on the pad");
        assert!(
            error.contains("Alles wissen") && !error.contains("probeer het opnieuw"),
            "{gone:?}: {error}"
        );
        assert!(pad.attempts.is_none(), "{gone:?}: nothing counted");
    }
}

#[test]
fn a_failing_platform_key_is_a_notice_and_the_user_can_try_again() {
    let shell = Shell::start();
    shell.keys.fail_with(Some(KeyWrapperError::Failed {
        reason: "keystore busy".into(),
    }));
    shell.go_to(Destination::Cases);
    shell.pin(PIN);
    let view = shell.pin(PIN);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("still the PIN pad, got {:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason on the pad");
    assert!(
        error.contains("sleutelopslag") && error.contains("probeer het opnieuw"),
        "worded for the user, a retry helps: {error}"
    );
    assert!(
        !error.contains("keystore busy"),
        "no technical detail: {error}"
    );
    assert!(view.lock.is_none(), "no vault was created");

    shell.keys.fail_with(None);
    // The user can go on without restarting. Today the pad stays at "Herhaal de
    // pincode" with the first PIN already forgotten, so the first retry is refused as
    // differing and the user chooses again: three entries instead of two (a core
    // issue, reported; this test only holds that the user gets through).
    let mut headings = Vec::new();
    for _ in 0..3 {
        let view = shell.view();
        if let Screen::Pin { .. } = view.screen {
            headings.push(view.title);
        }
        if shell.pin(PIN).lock.is_some() {
            break;
        }
    }
    assert!(
        shell.view().lock.is_some(),
        "created once the key works, after {headings:?}"
    );
}

#[test]
fn a_platform_key_that_rejects_its_own_data_is_refused_on_unlock() {
    let shell = Shell::start();
    shell.create_vault();
    shell.send(Event::LockNow);
    shell.keys.fail_with(Some(KeyWrapperError::Rejected));
    shell.go_to(Destination::Cases);
    let view = shell.pin(PIN);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("still the PIN pad, got {:?}", view.screen)
    };
    assert!(pad.error.is_some(), "a reason on the pad");
    assert!(view.lock.is_none(), "still locked");

    shell.keys.fail_with(None);
    let view = shell.pin(PIN);
    assert!(
        view.lock.is_some(),
        "unlocks once the key works: {:?}",
        pad.error
    );
}

#[test]
fn stale_and_forged_ids_from_the_shell_are_refused_with_a_notice() {
    let shell = Shell::start();
    shell.create_vault();
    let garbage = [
        Event::OpenCase {
            case_id: "not-a-uuid".into(),
        },
        Event::OpenCase {
            case_id: "00000000-0000-4000-8000-000000000000".into(),
        },
        Event::ToggleSignal {
            case_id: Some("💥".repeat(10_000)),
            signal_id: "withdraws".into(),
        },
        Event::SetStepStatus {
            case_id: "'; DROP TABLE cases; --".into(),
            step: 200,
            status: signalenkaart_ffi::StepChoice::Done,
        },
        Event::EditNote {
            note_id: String::new(),
        },
        Event::DeleteNote {
            note_id: "\0".into(),
        },
        Event::Call {
            contact_id: "nobody".into(),
        },
        Event::PinDigit { digit: 255 },
        Event::SetRetentionDays { days: u32::MAX },
        Event::Confirm,
    ];
    for event in garbage {
        let before = shell.view().screen;
        let update = shell.send(event.clone());
        assert!(update.effects.is_empty(), "{event:?}");
        assert_eq!(
            update.view.notice.as_ref().map(|n| n.kind),
            Some(NoticeKind::Error),
            "{event:?}"
        );
        assert_eq!(update.view.screen, before, "{event:?} changed the screen");
    }
}

/// A clock whose next reading panics, as an infallible foreign method that throws does.
struct TrippingClock {
    inner: StepClock,
    trip: AtomicBool,
}

impl PlatformClock for TrippingClock {
    fn now_unix_millis(&self) -> i64 {
        if self.trip.swap(false, Ordering::SeqCst) {
            panic!("the platform clock threw");
        }
        self.inner.now_unix_millis()
    }

    fn utc_offset_seconds(&self, at_unix_millis: i64) -> i32 {
        self.inner.utc_offset_seconds(at_unix_millis)
    }

    fn since_boot_millis(&self) -> i64 {
        self.inner.since_boot_millis()
    }
}

#[test]
fn a_panic_inside_dispatch_is_answered_and_leaves_the_core_usable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(TrippingClock {
        inner: StepClock::new(START_MILLIS, CET),
        trip: AtomicBool::new(false),
    });
    let core = Core::with_clock(
        config(dir.path()),
        Arc::new(MemoryKeys::new(2)),
        clock.clone(),
        None,
    )
    .expect("starts");
    let before = core.view().screen;
    clock.trip.store(true, Ordering::SeqCst);
    // The panic does not reach the caller: the core answers with its view as it stands
    // and a notice (rule 5 of the store protocol; more in `failure.rs`).
    let update = core.dispatch(Event::Open {
        destination: Destination::Signals,
    });
    assert_eq!(update.view.screen, before, "nothing was carried out");
    assert_eq!(
        update.view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Error)
    );

    // The lock was poisoned by the panic; the core recovers it instead of panicking on.
    let view = core
        .dispatch(Event::Open {
            destination: Destination::Contacts,
        })
        .view;
    assert!(
        matches!(view.screen, Screen::Contacts { .. }),
        "{:?}",
        view.screen
    );
    assert!(matches!(core.view().screen, Screen::Contacts { .. }));
}

#[test]
fn dispatch_from_several_threads_is_serialised() {
    let shell = Shell::start();
    shell.go_to(Destination::Signals);
    let tick = Event::ToggleSignal {
        case_id: None,
        signal_id: match &shell.view().screen {
            Screen::Signals { view: s } => match &s.items[0].event {
                Event::ToggleSignal { signal_id, .. } => signal_id.clone(),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        },
    };
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let core = shell.core();
            let tick = tick.clone();
            scope.spawn(move || {
                for _ in 0..25 {
                    core.dispatch(tick.clone());
                }
            });
        }
    });
    let Screen::Signals { view: signals } = shell.view().screen else {
        panic!("signals")
    };
    assert!(
        !signals.items[0].checked,
        "100 toggles: every one applied, none lost"
    );
}

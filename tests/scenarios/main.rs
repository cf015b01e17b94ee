//! Scenarios through the FFI crate's public API, as a shell drives the core: the same
//! constructors, events, views and effects the Kotlin and Swift bindings see, with the
//! platform's key wrapper and clock implemented in Rust.

mod biometric;
mod failure;
mod home_visit;
mod lock_and_exit;
mod quick_exit;
mod surface;
mod wipe;

use std::path::Path;
use std::sync::Arc;

use signalenkaart_ffi::{Core, CoreConfig, Event, FieldId, Language, Screen, Update, ViewModel};
use signalenkaart_scenarios::{MemoryBiometrics, MemoryKeys, StepClock};

/// 2026-11-28 13:00 UTC, 14:00 in the Netherlands.
const START_MILLIS: i64 = 1_795_870_800_000;
/// Central European Time, east of UTC.
const CET: i32 = 3600;
const PIN: &str = "246810";

/// What a shell holds: the core, and the platform services it gave it.
struct Shell {
    /// `None` only for the moment of a restart: a killed app's core is gone (with its
    /// hold on the vault) before the next one starts.
    core: Option<Arc<Core>>,
    keys: Arc<MemoryKeys>,
    clock: Arc<StepClock>,
    /// The phone's fingerprint sensor.
    fingers: Arc<MemoryBiometrics>,
    dir: tempfile::TempDir,
}

impl Shell {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let keys = Arc::new(MemoryKeys::new(0x5a));
        let clock = Arc::new(StepClock::new(START_MILLIS, CET));
        let fingers = Arc::new(MemoryBiometrics::default());
        let core = Core::with_clock(
            config(dir.path()),
            keys.clone(),
            clock.clone(),
            Some(fingers.clone()),
        )
        .expect("the core starts");
        Self {
            core: Some(core),
            keys,
            clock,
            fingers,
            dir,
        }
    }

    /// A second start on the same files with the same platform key, as after the app
    /// was killed.
    fn restart(&mut self) {
        self.core = None;
        self.core = Some(
            Core::with_clock(
                config(self.dir.path()),
                self.keys.clone(),
                self.clock.clone(),
                Some(self.fingers.clone()),
            )
            .expect("the core starts again"),
        );
    }

    fn core(&self) -> &Arc<Core> {
        self.core.as_ref().expect("a core is running")
    }

    fn send(&self, event: Event) -> Update {
        self.core().dispatch(event)
    }

    fn view(&self) -> ViewModel {
        self.core().view()
    }

    /// Opens `destination` from the home screen (shown first if it is not), as a user
    /// does.
    fn go_to(&self, destination: signalenkaart_ffi::Destination) -> Update {
        if !matches!(self.view().screen, signalenkaart_ffi::Screen::Home { .. }) {
            self.send(Event::OpenHome);
        }
        self.send(Event::Open { destination })
    }

    /// Sets up the vault with [`PIN`] (first run: choose it, repeat it) and returns the
    /// view it opens on, unlocked.
    fn create_vault(&self) -> ViewModel {
        self.send(Event::Open {
            destination: signalenkaart_ffi::Destination::Cases,
        });
        self.pin(PIN);
        let view = self.pin(PIN);
        assert!(view.lock.is_some(), "vault created: {:?}", view.screen);
        view
    }

    /// A shell with a vault set up, showing a new case labelled `label`.
    fn with_case(label: &str) -> Self {
        let shell = Self::start();
        shell.create_vault();
        shell.send(Event::NewCase);
        shell.send(Event::Edit {
            field: FieldId::CaseLabel,
            text: label.into(),
        });
        let view = shell.send(Event::SubmitLabel).view;
        assert!(
            matches!(view.screen, Screen::Case { .. }),
            "{:?}",
            view.notice
        );
        shell
    }

    /// Types `pin` on the PIN pad by pressing the keys the view offers, then confirms.
    fn pin(&self, pin: &str) -> ViewModel {
        for digit in pin.chars() {
            let view = self.view();
            let signalenkaart_ffi::Screen::Pin { view: pad } = &view.screen else {
                panic!("expected the PIN pad, got {:?}", view.screen)
            };
            let key = pad
                .keys
                .iter()
                .find(|k| k.label == digit.to_string())
                .unwrap_or_else(|| panic!("no key {digit}"));
            self.send(key.event.clone());
        }
        self.send(Event::PinSubmit).view
    }
}

fn config(dir: &Path) -> CoreConfig {
    CoreConfig {
        data_dir: dir.join("data").display().to_string(),
        device_language: Language::Nl,
    }
}

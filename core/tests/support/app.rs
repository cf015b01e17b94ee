//! One way to run the app in a test: on a fresh directory, with a manual clock and
//! software keys, driven by events as a shell drives it.
//!
//! The directory holds the keys in `keys/` and the app's data in `data/` (the vault in
//! `data/vault/`, the preferences beside it), so a test can lay out or damage the files
//! before the app starts ([`AppHarness::builder`] with [`Builder::dir`]) and look at
//! them while it runs.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use signalenkaart_core::app::{
    App, AppConfig, Destination, Event, FieldId, Screen, Update, ViewModel,
};
use signalenkaart_core::vault::SoftwareKeyWrapper;
use signalenkaart_core::vault::testing::FakeBiometrics;
use signalenkaart_core::{Language, ManualClock};

/// The PIN the tests choose for the vault.
pub const PIN: &str = "246810";

/// Where an app started on `root` keeps its data.
pub fn data_dir(root: &Path) -> PathBuf {
    root.join("data")
}

/// Where an app started on `root` keeps its preferences.
pub fn prefs_file(root: &Path) -> PathBuf {
    data_dir(root).join("preferences.json")
}

/// Where the software key wrapper of an app started on `root` keeps its key file.
pub fn keys_dir(root: &Path) -> PathBuf {
    root.join("keys")
}

/// Central European Time (UTC+1), the Netherlands in winter.
pub fn cet() -> FixedOffset {
    FixedOffset::east_opt(3600).expect("CET")
}

/// The id of the case on `view`'s screen; panics with the screen if it is no case.
pub fn case_id(view: &ViewModel) -> String {
    match &view.screen {
        Screen::Case { view: case } => match &case.new_note.event {
            Event::NewNote { case_id } => case_id.clone(),
            other => panic!("a new-note button, got {other:?}"),
        },
        other => panic!("a case, got {other:?} ({:?})", view.notice),
    }
}

/// An app on a fresh data directory, driven as a shell drives it.
pub struct AppHarness {
    /// The app under test; declared first, so it is dropped before the directory it
    /// uses.
    pub app: App,
    /// The app's clock: the test moves it.
    pub clock: Arc<ManualClock>,
    /// The app's keys, kept in [`keys_dir`] under the root.
    pub keys: Arc<SoftwareKeyWrapper>,
    /// The phone's fingerprint and face sensor: recognises the enrolled finger unless
    /// told otherwise.
    pub fingers: Arc<FakeBiometrics>,
    language: Language,
    step: Duration,
    dir: tempfile::TempDir,
}

/// How an [`AppHarness`] starts; [`AppHarness::builder`] gives the defaults.
pub struct Builder {
    language: Language,
    at: DateTime<Utc>,
    offset: FixedOffset,
    amsterdam: bool,
    step: Duration,
    dir: Option<tempfile::TempDir>,
}

impl Builder {
    /// The device's language (Dutch unless set).
    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// The time the clock starts at (28 November 2026, 13:00 UTC unless set).
    pub fn at(mut self, at: DateTime<Utc>) -> Self {
        self.at = at;
        self
    }

    /// The clock's local offset (UTC unless set).
    pub fn offset(mut self, offset: FixedOffset) -> Self {
        self.offset = offset;
        self
    }

    /// Local time as in Amsterdam, summer time included (instead of a fixed offset).
    pub fn amsterdam(mut self) -> Self {
        self.amsterdam = true;
        self
    }

    /// Time that passes before each event [`AppHarness::send`] sends (none unless set).
    pub fn step(mut self, step: Duration) -> Self {
        self.step = step;
        self
    }

    /// Starts on `dir` instead of a fresh directory: files laid out beforehand, or an
    /// app's files from [`AppHarness::into_dir`].
    pub fn dir(mut self, dir: tempfile::TempDir) -> Self {
        self.dir = Some(dir);
        self
    }

    /// Starts the app.
    pub fn start(self) -> AppHarness {
        let dir = match self.dir {
            Some(dir) => dir,
            None => tempfile::tempdir().expect("temp dir"),
        };
        let clock = Arc::new(if self.amsterdam {
            ManualClock::in_amsterdam(self.at)
        } else {
            ManualClock::with_offset(self.at, self.offset)
        });
        let keys = Arc::new(SoftwareKeyWrapper::new(&keys_dir(dir.path())).expect("key file"));
        let fingers = Arc::new(FakeBiometrics::default());
        let app = new_app(dir.path(), self.language, &keys, &clock, &fingers);
        AppHarness {
            app,
            clock,
            keys,
            fingers,
            language: self.language,
            step: self.step,
            dir,
        }
    }
}

fn new_app(
    root: &Path,
    device_language: Language,
    keys: &Arc<SoftwareKeyWrapper>,
    clock: &Arc<ManualClock>,
    fingers: &Arc<FakeBiometrics>,
) -> App {
    let config = AppConfig {
        data_dir: data_dir(root),
        device_language,
    };
    App::new(config, keys.clone(), clock.clone())
        .expect("app starts")
        .with_biometrics(fingers.clone())
}

impl AppHarness {
    /// The app in Dutch on a fresh directory, the clock at 28 November 2026, 13:00 UTC.
    pub fn start() -> Self {
        Self::builder().start()
    }

    /// The defaults of [`AppHarness::start`], to change before starting.
    pub fn builder() -> Builder {
        Builder {
            language: Language::Nl,
            at: Utc
                .with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
                .single()
                .expect("time"),
            offset: FixedOffset::east_opt(0).expect("UTC"),
            amsterdam: false,
            step: Duration::zero(),
            dir: None,
        }
    }

    /// The directory holding the keys and the data.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The app's data directory.
    pub fn data_dir(&self) -> PathBuf {
        data_dir(self.root())
    }

    /// The app's preferences file.
    pub fn prefs_file(&self) -> PathBuf {
        prefs_file(self.root())
    }

    /// A new app on the same files, keys, clock and device language, as when the app is
    /// started again: the old one is dropped first, so two apps never share the files.
    #[must_use = "the restarted app"]
    pub fn restart(self) -> Self {
        drop(self.app);
        let app = new_app(
            self.dir.path(),
            self.language,
            &self.keys,
            &self.clock,
            &self.fingers,
        );
        Self { app, ..self }
    }

    /// Stops the app and hands back its directory, to work on the files with no app
    /// running or to start again on them ([`Builder::dir`]).
    pub fn into_dir(self) -> tempfile::TempDir {
        drop(self.app);
        self.dir
    }

    /// Sends `event`, after the builder's step of time.
    pub fn send(&mut self, event: Event) -> Update {
        if !self.step.is_zero() {
            self.clock.advance(self.step);
        }
        self.app.dispatch(event)
    }

    /// Types `text` into `field`.
    pub fn edit(&mut self, field: FieldId, text: &str) -> Update {
        self.send(Event::Edit {
            field,
            text: text.into(),
        })
    }

    /// Types `pin` on the PIN pad, without submitting it; the update after the last digit.
    pub fn digits(&mut self, pin: &str) -> Update {
        let mut last = None;
        for digit in pin.bytes() {
            assert!(digit.is_ascii_digit(), "a PIN of digits, got {pin:?}");
            last = Some(self.send(Event::PinDigit {
                digit: digit - b'0',
            }));
        }
        last.unwrap_or_else(|| panic!("a PIN of digits, got {pin:?}"))
    }

    /// Types `pin` and submits it.
    pub fn pin(&mut self, pin: &str) -> Update {
        self.digits(pin);
        self.send(Event::PinSubmit)
    }

    /// Creates the vault with [`PIN`] (chosen, then repeated) and leaves it open on the
    /// cases.
    pub fn create_vault(&mut self) -> Update {
        self.send(Event::Open {
            destination: Destination::Cases,
        });
        self.pin(PIN);
        let update = self.pin(PIN);
        assert!(
            matches!(update.view.screen, Screen::Cases { .. }),
            "the vault open on the cases, got {:?} ({:?})",
            update.view.screen,
            update.view.notice
        );
        update
    }

    /// Opens `destination` from the home screen, as a user does: home first if it is
    /// not shown (the frame's home, offered wherever back is), then the section.
    pub fn go_to(&mut self, destination: Destination) -> Update {
        if !matches!(self.app.view().screen, Screen::Home { .. }) {
            self.send(Event::OpenHome);
        }
        self.send(Event::Open { destination })
    }

    /// Sends a setting's event from the settings screen (opened first if it is not
    /// shown), and stays there.
    pub fn set(&mut self, event: Event) -> Update {
        if !matches!(self.app.view().screen, Screen::Settings { .. }) {
            self.go_to(Destination::Settings);
        }
        self.send(event)
    }

    /// A new case labelled `label` with `signal` ticked, left open on its screen; its id.
    pub fn case_with_a_tick(&mut self, label: &str, signal: &str) -> String {
        let id = self.new_case(label);
        self.send(Event::OpenCaseSignals {
            case_id: id.clone(),
        });
        self.send(Event::ToggleSignal {
            case_id: Some(id.clone()),
            signal_id: signal.into(),
        });
        self.send(Event::Back);
        id
    }

    /// The vault made, the biometric unlock turned on in the settings (the PIN, then
    /// the platform's prompt), and the vault locked on the unlock pad of the cases.
    pub fn biometrics_on_and_locked(&mut self) -> Update {
        self.create_vault();
        self.set(Event::SetBiometrics { enabled: true });
        let on = self.pin(PIN);
        assert!(
            matches!(&on.view.screen, Screen::Settings { view }
                if view.biometrics.as_ref().is_some_and(|b| b.toggle.checked)),
            "on, back on the settings: {:?} ({:?})",
            on.view.screen,
            on.view.notice
        );
        self.send(Event::LockNow);
        self.go_to(Destination::Cases)
    }

    /// The vault made, locked, and four wrong PINs typed on the pad: the fourth starts
    /// a delay. The update after the last.
    pub fn wrong_pins_until_a_delay(&mut self, wrong: &str) -> Update {
        self.create_vault();
        self.send(Event::LockNow);
        self.go_to(Destination::Cases);
        for _ in 0..3 {
            self.pin(wrong);
        }
        self.pin(wrong)
    }

    /// A new case labelled `label`, made from the case list (opened first if it is
    /// not shown) and left open on its screen; its id.
    pub fn new_case(&mut self, label: &str) -> String {
        if !matches!(self.app.view().screen, Screen::Cases { .. }) {
            self.go_to(Destination::Cases);
        }
        self.send(Event::NewCase);
        self.edit(FieldId::CaseLabel, label);
        case_id(&self.send(Event::SubmitLabel).view)
    }
}

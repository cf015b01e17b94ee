//! The core as a uniffi component, compiled only with the `ffi` feature: one object,
//! [`Core`], that the Android and iOS shells drive. The contract types are the app's
//! own ([`crate::app`]), derived for uniffi where they are defined, so there is one
//! definition of what crosses the FFI, and its docs reach the generated Kotlin and Swift.
//!
//! The shell sends every tap as an [`Event`] to [`Core::dispatch`] and renders the
//! [`ViewModel`] it gets back, carrying out the [`Effect`]s. Platform services come in
//! as foreign traits: the hardware key ([`PlatformKeyWrapper`]) and, for tests and
//! screenshots, the clock ([`PlatformClock`]).

mod clock;
mod error;
mod keys;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::SystemClock;
use crate::app::{App, AppConfig};

pub use crate::Language;
pub use crate::app::{
    AboutView, AfwegingView, AnswerChoice, Button, CallButton, CaseView, CasesView, CheckRow,
    ChoiceGroup, ChoiceOption, ConfirmView, ContactView, ContactsView, ConversationView,
    Destination, Effect, Event, ExpertView, FieldId, HomeView, LabelView, MeldcodeView,
    MessageView, NoteEditorView, Notice, NoticeKind, Phase, PinView, QuestionView, Row, Screen,
    SearchView, SettingsView, SignalsView, StepChoice, StepView, TextField, Update, UserText,
    ViewModel,
};
pub use clock::PlatformClock;
pub use error::CoreError;
pub use keys::{KeyWrapperFailure, PlatformKeyWrapper, insecure_software_key_wrapper};

/// Where the core keeps its files, and the device's language for the first run.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CoreConfig {
    /// The app's private data directory (Android `Context.filesDir`, iOS Application
    /// Support); created if missing.
    pub data_dir: String,
    /// The language to start in before the user chose one.
    pub device_language: Language,
}

/// The app core: holds every piece of state; the shell holds none.
///
/// Calls are synchronous. `dispatch` of a PIN submit derives a key with Argon2id
/// (hundreds of milliseconds): call it off the UI thread. Calls from several threads
/// are serialised.
#[derive(Debug, uniffi::Object)]
pub struct Core {
    app: Mutex<App>,
}

#[uniffi::export]
impl Core {
    /// Starts the core with the system clock: loads the card and the preferences and
    /// opens the vault, locked. Cheap: no key derivation, no database access.
    #[uniffi::constructor]
    pub fn new(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
    ) -> Result<Arc<Self>, CoreError> {
        Self::start(config, keys, Arc::new(SystemClock))
    }

    /// Starts the core with the shell's clock, for tests and reproducible screenshots.
    #[uniffi::constructor]
    pub fn with_clock(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
        clock: Arc<dyn PlatformClock>,
    ) -> Result<Arc<Self>, CoreError> {
        Self::start(config, keys, Arc::new(clock::ForeignClock(clock)))
    }

    /// Handles one event and returns the new view with the effects to carry out.
    /// Never fails: a refused event (stale id, locked vault, bad input) comes back as
    /// the unchanged screen with a notice.
    pub fn dispatch(&self, event: Event) -> Update {
        self.app().dispatch(event)
    }

    /// The current view, without changing anything.
    pub fn view(&self) -> ViewModel {
        self.app().view()
    }
}

impl Core {
    fn start(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
        clock: Arc<dyn crate::Clock>,
    ) -> Result<Arc<Self>, CoreError> {
        let config = AppConfig {
            data_dir: PathBuf::from(config.data_dir),
            device_language: config.device_language,
        };
        let app = App::new(config, Arc::new(keys::ForeignKeys(keys)), clock)?;
        Ok(Arc::new(Self {
            app: Mutex::new(app),
        }))
    }

    /// The app, also after a panic in an earlier call: the state machine keeps its
    /// state consistent between events, so a poisoned lock is not a reason to stop.
    fn app(&self) -> MutexGuard<'_, App> {
        self.app
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

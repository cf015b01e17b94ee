//! The core as a uniffi component, compiled only with the `ffi` feature: one object,
//! [`Core`], that the Android and iOS shells drive. The contract types are the app's
//! own ([`crate::app`]), derived for uniffi where they are defined, so there is one
//! definition of what crosses the FFI, and its docs reach the generated Kotlin and Swift.
//!
//! The shell sends every tap as an [`Event`] to [`Core::dispatch`] and renders the
//! [`ViewModel`] it gets back, carrying out the [`Effect`]s. Platform services come in
//! as foreign traits: the hardware key ([`PlatformKeyWrapper`]), the biometric key
//! behind the platform's prompt ([`PlatformBiometrics`]) and, for tests and
//! screenshots, the clock ([`PlatformClock`]).

mod biometrics;
#[cfg(feature = "insecure-test-exports")]
mod clock;
mod error;
mod keys;

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError, Weak};

use crate::SystemClock;
use crate::app::{App, AppConfig};

pub use crate::Language;
pub use crate::app::{
    AboutView, AfwegingView, AnswerChoice, BiometricSettingsView, Button, CallButton, CaseView,
    CasesView, CheckRow, ChoiceGroup, ChoiceOption, ConfirmView, ContactView, ContactsView,
    ConversationView, Destination, Effect, Event, ExpertView, FieldId, HomeView, LabelView,
    MeldcodeView, MessageView, NoteEditorView, Notice, NoticeKind, Phase, PinView, QuestionView,
    Row, Screen, SearchView, SettingsView, SignalsView, StepChoice, StepView, TextField, Update,
    UserText, ViewModel,
};
pub use crate::vault::{BiometricError, BiometricPrompt, BiometricUnavailable, KeyWrapperError};
pub use biometrics::PlatformBiometrics;
#[cfg(feature = "insecure-test-exports")]
pub use clock::PlatformClock;
pub use error::{CoreError, StartFailureView};
pub use keys::PlatformKeyWrapper;
#[cfg(feature = "insecure-test-exports")]
pub use keys::insecure_software_key_wrapper;

/// The language to start in, from the device's preferred languages (BCP 47 tags, most
/// preferred first: iOS `Locale.preferredLanguages`, Android `LocaleList.getDefault()`):
/// the first the app speaks, Dutch if none. The one rule for both shells.
#[uniffi::export]
pub fn device_language(preferred_tags: Vec<String>) -> Language {
    Language::from_preferred(&preferred_tags)
}

/// Where the core keeps its files, and the device's language for the first run.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CoreConfig {
    /// The app's private data directory (Android `Context.filesDir`, iOS Application
    /// Support); created if missing. An empty path is refused (`CoreError.Storage`).
    pub data_dir: String,
    /// The language to start in before the user chose one.
    pub device_language: Language,
}

/// The app core: holds every piece of state; the shell holds none.
///
/// Calls are synchronous. `dispatch` of a PIN submit derives a key with Argon2id
/// (hundreds of milliseconds on a phone): call it off the UI thread. Calls from several
/// threads are serialised, with one exception: a quick exit never waits. While another
/// event is being handled it is answered at once with the neutral view and `HideApp`,
/// and carried out as soon as that event is done; the event's own update then comes
/// back with the neutral view too, or with a lower `revision` (see `Update.revision`).
///
/// The store protocol: the rules both shells' stores follow (Android `Store`, iOS
/// `Store`), written here once. Each store has the same named scenario tests for them.
///
/// 1. Order. Events go to `dispatch` one at a time, in the order they were sent, on one
///    worker thread, never the UI thread. An update is applied only if its `revision` is
///    higher than the last one applied; an older one is stale and skipped whole, view
///    and effects.
/// 2. Quick exit. `Event.QuickExit` goes to `dispatch` on a thread of its own, never
///    behind an event in progress; the core answers it at once (see above).
/// 3. Publishing. The store publishes the newest applied view when no sent event is
///    still waiting for its answer, and a quick exit's view at once. The views in between
///    are never drawn, so a text field never shows an older text than the one being
///    typed. The effects of every applied update are carried out, in the core's order,
///    on the UI thread. The store is not idle from a send until no sent event is waiting
///    any more (text fields use this to tell their own typing from the core's changes).
/// 4. Heartbeat. The first view and the view of every applied update set the heartbeat,
///    also before that view is published: `Event.Heartbeat` is sent `nextHeartbeatMs`
///    later, replacing the one pending; none when it is null.
/// 5. A failure. Should handling an event fail inside the core (a defect, such as a
///    platform callback that threw where it must not), `dispatch` still answers: the
///    view as it stands, numbered like any update, with a notice worded by the core that
///    it did not work, and no effects (a failed quick exit still hides the app). What
///    the core held before (a case, a draft) is kept, and nothing of the failure is shown
///    or logged. So `dispatch` throws only on a closed core (Kotlin `close()`). Should it
///    throw all the same, the store counts the event as answered, asks `view()` and
///    applies that as the newest view (rules 3 and 4; no effects); if `view()` throws
///    too, the last view stays. The store logs nothing of it.
/// 6. `view()`. It waits for an event in progress (one lock serialises the calls) and
///    carries out a quick exit answered early; its result has no revision. So a store
///    calls it only at start and after a dispatch that threw (rule 5), never to refresh
///    while events are pending.
#[derive(uniffi::Object)]
pub struct Core {
    app: Mutex<App>,
    gate: Mutex<ExitGate>,
    /// A quick exit was answered and is not yet carried out: no biometric prompt may
    /// start meanwhile (see `ForeignBiometrics`).
    exiting: Arc<AtomicBool>,
    /// This core, for the thread that carries out a quick exit answered early.
    me: Weak<Core>,
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core").finish_non_exhaustive()
    }
}

/// What a quick exit needs while the app is busy. Held only for a few instructions,
/// never across a dispatch, so taking it never waits for one.
struct ExitGate {
    /// The newest revision handed out.
    revision: u64,
    /// A quick exit was answered and the app has not carried it out yet: the effects
    /// that answer sent, which carrying it out must not send again.
    pending: Option<Vec<Effect>>,
    /// Whether the vault was open after the last event (a quick exit then locks it).
    vault_open: bool,
    /// The view a quick exit shows, for the language and mode it was worded in.
    neutral: ViewModel,
    look: (Language, bool),
}

#[uniffi::export]
impl Core {
    /// Starts the core with the system clock: loads the card and the preferences and
    /// opens the vault, locked. Cheap: no key derivation, no database access.
    /// `biometrics` is the platform's biometric key; without it (`null`/`nil`) the
    /// biometric unlock answers that the device has none.
    #[uniffi::constructor(default(biometrics = None))]
    pub fn new(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
        biometrics: Option<Arc<dyn PlatformBiometrics>>,
    ) -> Result<Arc<Self>, CoreError> {
        Self::start(config, keys, biometrics, Arc::new(SystemClock))
    }

    /// Handles one event and returns the new view with the effects to carry out.
    /// Never fails for anything sent: an event acts only on the screen that offered it
    /// (see `Event`), and a refused one (stale, forged, a disabled control, a locked
    /// vault, bad input) comes back as the unchanged screen with a notice. Text of any
    /// length is kept and explained at its field. `Event::QuickExit` never waits for
    /// another event being handled. A failure inside the core comes back as the current
    /// view with a notice (rule 5 above). On a closed core (Kotlin `close()`) it throws
    /// `CoreException.Closed`.
    pub fn dispatch(&self, event: Event) -> Update {
        let quick_exit = event == Event::QuickExit;
        panic::catch_unwind(AssertUnwindSafe(|| self.handle(event)))
            .unwrap_or_else(|_| self.after_failure(quick_exit))
    }

    /// The current view, without changing anything (a quick exit answered while the
    /// app was busy is carried out first). Waits for an event in progress; has no
    /// revision: see rule 6 above.
    pub fn view(&self) -> ViewModel {
        panic::catch_unwind(AssertUnwindSafe(|| {
            let mut app = self.app();
            self.catch_up(&mut app);
            app.view()
        }))
        .unwrap_or_else(|_| self.after_failure(false).view)
    }
}

/// For tests and the desktop preview only (feature `insecure-test-exports`): a phone
/// never takes its time from anything but the system.
#[cfg(feature = "insecure-test-exports")]
#[uniffi::export]
impl Core {
    /// Starts the core with the shell's clock, for tests and reproducible screenshots.
    /// Not in phone builds.
    #[uniffi::constructor(default(biometrics = None))]
    pub fn with_clock(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
        clock: Arc<dyn PlatformClock>,
        biometrics: Option<Arc<dyn PlatformBiometrics>>,
    ) -> Result<Arc<Self>, CoreError> {
        Self::start(
            config,
            keys,
            biometrics,
            Arc::new(clock::ForeignClock(clock)),
        )
    }
}

impl Core {
    fn start(
        config: CoreConfig,
        keys: Arc<dyn PlatformKeyWrapper>,
        biometrics: Option<Arc<dyn PlatformBiometrics>>,
        clock: Arc<dyn crate::Clock>,
    ) -> Result<Arc<Self>, CoreError> {
        // An empty path would put the vault in whatever the process's working
        // directory is.
        if config.data_dir.trim().is_empty() {
            return Err(CoreError::Storage {
                detail: "no data directory was given".into(),
            });
        }
        let config = AppConfig {
            data_dir: PathBuf::from(config.data_dir),
            device_language: config.device_language,
        };
        let exiting = Arc::new(AtomicBool::new(false));
        let biometrics: Arc<dyn crate::vault::Biometrics> = match biometrics {
            Some(platform) => Arc::new(biometrics::ForeignBiometrics {
                platform,
                exiting: exiting.clone(),
            }),
            None => Arc::new(crate::vault::NoBiometrics),
        };
        let app =
            App::new(config, Arc::new(keys::ForeignKeys(keys)), clock)?.with_biometrics(biometrics);
        let gate = ExitGate {
            revision: 0,
            pending: None,
            vault_open: false,
            neutral: app.quick_exit_view(),
            look: app.look(),
        };
        Ok(Arc::new_cyclic(|me| Self {
            app: Mutex::new(app),
            gate: Mutex::new(gate),
            exiting,
            me: me.clone(),
        }))
    }

    fn handle(&self, event: Event) -> Update {
        if event == Event::QuickExit {
            return self.quick_exit();
        }
        let mut app = self.app();
        self.catch_up(&mut app);
        let update = app.dispatch(event);
        self.finish(&mut app, update)
    }

    /// The answer after a call failed inside the app (a panic, caught; its message is
    /// never shown or logged: it may hold case data). The app's view as it stands with
    /// a notice, numbered like any update. A quick exit is tried once more instead.
    /// Should that fail too, the neutral view; a quick exit still hides the app.
    fn after_failure(&self, quick_exit: bool) -> Update {
        let again = panic::catch_unwind(AssertUnwindSafe(|| {
            if quick_exit {
                return self.quick_exit();
            }
            let mut app = self.app();
            let update = app.after_failure();
            self.finish(&mut app, update)
        }));
        if let Ok(update) = again {
            return update;
        }
        let mut gate = self.gate();
        gate.revision += 1;
        Update {
            view: gate.neutral.clone(),
            effects: if quick_exit {
                vec![Effect::HideApp]
            } else {
                Vec::new()
            },
            revision: gate.revision,
        }
    }

    /// The app, also after a panic in an earlier call: the state machine keeps its
    /// state consistent between events, so a poisoned lock is not a reason to stop.
    fn app(&self) -> MutexGuard<'_, App> {
        self.app
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn gate(&self) -> MutexGuard<'_, ExitGate> {
        self.gate
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A quick exit: carried out at once if the app is free; if another event holds it,
    /// answered now with the neutral view and carried out the moment that event is
    /// done (by it, or by a thread that waits for it).
    fn quick_exit(&self) -> Update {
        let busy = match self.app.try_lock() {
            Ok(app) => Some(app),
            Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        };
        if let Some(mut app) = busy {
            let update = app.dispatch(Event::QuickExit);
            return self.finish(&mut app, update);
        }
        let answer = {
            let mut gate = self.gate();
            self.exiting.store(true, Ordering::SeqCst);
            gate.revision += 1;
            let mut effects = Vec::new();
            if gate.vault_open {
                effects.push(Effect::Locked);
            }
            effects.push(Effect::HideApp);
            // A second exit while the first waits sends what the first did not.
            let sent = gate.pending.get_or_insert_with(Vec::new);
            let new: Vec<Effect> = effects.into_iter().filter(|e| !sent.contains(e)).collect();
            sent.extend(new.iter().cloned());
            let effects = new;
            Update {
                view: gate.neutral.clone(),
                effects,
                revision: gate.revision,
            }
        };
        // The event in progress carries out the exit when it ends; this thread makes
        // sure of it even if that event had already looked.
        if let Some(core) = self.me.upgrade() {
            std::thread::spawn(move || {
                let mut app = core.app();
                core.catch_up(&mut app);
            });
        }
        answer
    }

    /// Carries out a quick exit that was answered while the app was busy. Its effects
    /// were in that answer already.
    fn catch_up(&self, app: &mut App) {
        if self.gate().pending.take().is_some() {
            let exit = app.dispatch(Event::QuickExit);
            self.exiting.store(false, Ordering::SeqCst);
            self.finish(app, exit);
        }
    }

    /// Numbers an update, unless a quick exit came while it was made: then the exit is
    /// carried out and wins, keeping only the effects that keep the platform in step
    /// with the core (not a call or a share the user left behind).
    fn finish(&self, app: &mut App, mut update: Update) -> Update {
        loop {
            let mut gate = self.gate();
            if let Some(sent) = gate.pending.take() {
                drop(gate);
                // The exit's effects go out once: what its early answer sent is not
                // sent again (a second `HideApp` would hide the app the user reopened).
                let exit = without(app.dispatch(Event::QuickExit), &sent);
                self.exiting.store(false, Ordering::SeqCst);
                update.effects.retain(keeps_platform_in_step);
                update.effects.extend(exit.effects);
                update.view = exit.view;
                continue;
            }
            gate.revision += 1;
            update.revision = gate.revision;
            gate.vault_open = app.vault_open();
            let look = app.look();
            if gate.look != look {
                gate.neutral = app.quick_exit_view();
                gate.look = look;
            }
            return update;
        }
    }
}

/// An exit's update without the effects its early answer already sent.
fn without(mut exit: Update, sent: &[Effect]) -> Update {
    exit.effects.retain(|effect| !sent.contains(effect));
    exit
}

/// Effects that record what the core already did (and the platform must follow),
/// rather than ask for something on the user's behalf.
fn keeps_platform_in_step(effect: &Effect) -> bool {
    match effect {
        Effect::Locked | Effect::Wiped | Effect::SetLauncherDiscreet { .. } => true,
        Effect::Dial { .. } | Effect::Share { .. } | Effect::HideApp => false,
    }
}

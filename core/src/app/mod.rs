//! The state machine the shells drive: `dispatch(Event) -> Update { view, effects }`
//! and `view()`, in the style of crux. Navigation, drafts and the quick checklist live
//! here; the shells only render the [`ViewModel`] and carry out the [`Effect`]s.
//!
//! `update/` handles events, one file per feature, and records what came of them as
//! typed outcomes; `views/` words all of it for the user. Views never import update.

mod coordinator;
mod effect;
mod event;
mod graphemes;
mod input;
mod limits;
mod locking;
mod one_screen;
mod outcome;
mod preferences;
mod route;
mod seen;
mod session;
mod undo;
mod update;
mod user_text;
mod view_model;
mod views;

use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

use crate::content::ContentError;
use crate::i18n::LocaleError;
use zeroize::Zeroize;

use crate::vault::{Biometrics, Finding, KeyWrapper, Vault, VaultError, VaultStatus};
use crate::{Clock, Content, Language, Texts};

pub use effect::Effect;
pub use event::{
    AnswerChoice, Destination, Event, FieldId, NoteKindChoice, Phase, SeenChoice, StepChoice,
};
pub use user_text::UserText;
pub use view_model::*;

use locking::Moment;
use one_screen::Standing;
use outcome::{Done, Refusal};
use preferences::Preferences;
use route::{PinStep, Route};
use session::Session;

/// Where the app keeps its files, and the device's language for the first run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppConfig {
    /// The app's private data directory; the vault lives in `vault/` below it.
    pub data_dir: PathBuf,
    /// The language to start in before the user chose one.
    pub device_language: Language,
}

/// The app could not start. Each variant says what the shell should do.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum AppError {
    /// The embedded card is broken: a build defect. Report a broken install.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// The embedded interface strings are broken: a build defect. Report a broken install.
    #[error(transparent)]
    Locale(#[from] LocaleError),
    /// The vault directory could not be opened (storage full or not writable). Tell the
    /// user; nothing was changed.
    #[error("the vault could not be opened: {0}")]
    Vault(#[from] VaultError),
}

/// The app: content, vault, preferences and the visit in progress.
pub struct App {
    content: Content,
    texts: Texts,
    vault: Vault,
    clock: Arc<dyn Clock>,
    data_dir: PathBuf,
    prefs: Preferences,
    session: Session,
    last_activity: Moment,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("route", &std::mem::discriminant(&self.session.route))
            .field("vault", &self.vault)
            .finish_non_exhaustive()
    }
}

impl App {
    /// Starts the app: loads the content and the preferences and opens the vault
    /// (locked). Cheap: no key derivation, no database access.
    pub fn new(
        config: AppConfig,
        keys: Arc<dyn KeyWrapper>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, AppError> {
        let content = Content::embedded()?;
        let texts = Texts::embedded()?;
        let vault = Vault::open(&config.data_dir.join("vault"), keys, clock.clone())?;
        let first_run = vault.status() == VaultStatus::NotCreated;
        let (prefs, prefs_damaged) =
            Preferences::load(&config.data_dir, config.device_language, first_run);
        let now = Moment::now(&*clock);
        Ok(Self {
            content,
            texts,
            vault,
            clock,
            data_dir: config.data_dir,
            prefs,
            session: Session::first(prefs_damaged),
            last_activity: now,
        })
    }

    /// The platform's biometric key, for the biometric unlock (without it the app
    /// says the device has none).
    pub fn with_biometrics(mut self, biometrics: Arc<dyn Biometrics>) -> Self {
        self.vault = self.vault.with_biometrics(biometrics);
        self
    }

    /// Handles one event and returns the new view with the platform effects. An event
    /// acts only on the screen that offered it (see `one_screen`). Never panics on bad
    /// input: refusals come back as a notice on the unchanged screen.
    pub fn dispatch(&mut self, event: Event) -> Update {
        let now = Moment::now(&*self.clock);
        let mut effects = Vec::new();
        self.lock_if_idle(&now, &mut effects);
        // Checked against the screen as it is now, after an auto-lock, before anything
        // of the last event is answered (its notice offers the undo).
        let standing = one_screen::standing(&event, &self.session.route, || self.view());
        if event.is_user_activity() {
            self.user_active(now);
            // A new event answers the last notice, and with it its offer to undo.
            self.session.notice = None;
            self.session.forget_expiring();
            if event != Event::Undo {
                self.session.undo = None;
            }
        }
        let handled = match standing {
            Standing::Offered => self.handle(event, now, &mut effects),
            Standing::AlreadyThere => Ok(()),
            Standing::Refused(refusal) => Err(refusal),
        };
        let refreshed = self.refresh().map_err(Refusal::from);
        if let Err(refusal) = handled.and(refreshed) {
            self.session.notice = Some(Err(refusal));
        }
        self.check_vault();
        self.session.settle(self.unlocked(), &mut effects);
        Update {
            view: self.view(),
            effects,
            revision: 0,
        }
    }

    /// After handling an event failed inside the app (a panic the caller caught): the
    /// view as it stands, with a notice that it did not work, and no effects. The state
    /// machine keeps its state consistent between events, so what it held (a case, a
    /// draft) is still there.
    pub fn after_failure(&mut self) -> Update {
        self.session.notice = Some(Err(Refusal::Failed));
        Update {
            view: self.view(),
            effects: Vec::new(),
            revision: 0,
        }
    }

    /// The current view, without changing anything.
    pub fn view(&self) -> ViewModel {
        views::build(self)
    }

    /// The view a quick exit ends on, built ahead so a quick exit that cannot wait for
    /// the app can show it at once. The same as after `dispatch(Event::QuickExit)`.
    pub fn quick_exit_view(&self) -> ViewModel {
        views::after_quick_exit(self)
    }

    /// Whether the vault is open (a quick exit then also locks it).
    pub fn vault_open(&self) -> bool {
        self.unlocked()
    }

    /// The vault, for tests that compare what it holds with what the screens said.
    #[cfg(feature = "testing")]
    pub fn vault_for_tests(&self) -> &Vault {
        &self.vault
    }

    /// The language and discreet mode every string is worded in.
    pub fn look(&self) -> (Language, bool) {
        (self.prefs.language, self.prefs.discreet)
    }

    fn language(&self) -> Language {
        self.prefs.language
    }

    fn unlocked(&self) -> bool {
        self.vault.status() == VaultStatus::Unlocked
    }

    /// On the unlock pad, what it shows of the vault holds: the header is checked (and
    /// the vault looked at again if another window had it) before its counts are shown.
    /// What the vault found about its files is said one thing at a time, when nothing
    /// else is being said.
    fn check_vault(&mut self) {
        if matches!(&self.session.route, Route::Pin(flow) if matches!(flow.step, PinStep::Unlock)) {
            match self.vault.refresh() {
                // A damaged header is said on the pad itself, by the vault's status.
                Ok(()) | Err(VaultError::Corrupt { .. }) => {}
                Err(error) => self.session.notice = Some(Err(error.into())),
            }
        }
        if self.session.notice.is_none()
            && let Some(finding) = self.vault.take_finding()
        {
            self.session.notice = Some(Ok(match finding {
                Finding::HeaderCopyRestored => Done::HeaderRestored,
                Finding::PlatformCountUnreadable => Done::CountUnreadable,
            }));
        }
    }

    /// Reads what the current screen shows from the vault, skipping what is already
    /// loaded: casework changes keep the saved case (see `store_case`).
    fn refresh(&mut self) -> Result<(), VaultError> {
        let loaded = &mut self.session.loaded;
        if self.vault.status() != VaultStatus::Unlocked {
            loaded.zeroize();
            *loaded = Default::default();
            return Ok(());
        }
        // What is read again replaces what was shown: wipe the old text first.
        loaded.notes.zeroize();
        loaded.cases.zeroize();
        loaded.hits.zeroize();
        if loaded.settings.is_none() {
            loaded.settings = Some(self.vault.settings()?);
        }
        let route = &self.session.route;
        let wanted = route.case();
        if loaded.case.as_ref().map(|c| c.id) != wanted {
            loaded.case = match wanted {
                Some(id) => self.vault.load_case(id)?,
                None => None,
            };
        }
        loaded.notes = match (route, &loaded.case) {
            (Route::Case(_), Some(case)) => self.vault.list_notes(case.id)?,
            _ => Vec::new(),
        };
        loaded.cases = match route {
            Route::Cases { .. } => self.vault.list_cases()?,
            _ => Vec::new(),
        };
        loaded.hits = match route {
            // A query longer than the field keeps is explained under it, not searched.
            Route::Search { query }
                if !query.text.trim().is_empty()
                    && query.text.chars().count() <= limits::MAX_QUERY_CHARS =>
            {
                self.vault.search_notes(&query.text)?
            }
            _ => Vec::new(),
        };
        Ok(())
    }
}

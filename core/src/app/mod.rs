//! The state machine the shells drive: `dispatch(Event) -> Update { view, effects }`
//! and `view()`, in the style of crux. Navigation, drafts and the quick checklist live
//! here; the shells only render the [`ViewModel`] and carry out the [`Effect`]s.

mod effect;
mod event;
mod preferences;
mod refusal;
mod route;
mod update;
mod view_model;
mod views;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use thiserror::Error;
use zeroize::Zeroizing;

use crate::casework::Case;
use crate::content::ContentError;
use crate::i18n::LocaleError;
use crate::vault::{
    CaseListItem, KeyWrapper, Note, NoteHit, Vault, VaultError, VaultSettings, VaultStatus,
};
use crate::{Clock, Content, Language, Texts};

pub use effect::Effect;
pub use event::{AnswerChoice, Destination, Event, StepChoice};
pub use view_model::*;

use preferences::Preferences;
use refusal::Refusal;
use route::{PinStep, Route};

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

/// Text the user is typing, held by the core so the shells hold no state.
#[derive(Default)]
struct Drafts {
    label: String,
    note: String,
    search: String,
    coordinator_name: String,
    coordinator_number: String,
    coordinator_error: Option<String>,
    label_error: Option<String>,
}

/// The PIN pad's digits and the PINs remembered between the steps of a flow. All of it
/// is zeroized when dropped or cleared.
#[derive(Default)]
struct PinPad {
    digits: Zeroizing<String>,
    first: Option<Zeroizing<String>>,
    current: Option<Zeroizing<String>>,
    error: Option<String>,
}

impl PinPad {
    fn clear(&mut self) {
        *self = Self::default();
    }
}

/// Case data read from the vault for the current screen, so building a view needs no
/// I/O. Refreshed after every event.
#[derive(Default)]
struct Loaded {
    case: Option<Case>,
    notes: Vec<Note>,
    cases: Vec<CaseListItem>,
    hits: Vec<NoteHit>,
    settings: Option<VaultSettings>,
}

/// The app: content, vault, preferences and navigation.
pub struct App {
    content: Content,
    texts: Texts,
    vault: Vault,
    clock: Arc<dyn Clock>,
    data_dir: PathBuf,
    prefs: Preferences,
    route: Route,
    stack: Vec<Route>,
    after_unlock: Option<Route>,
    /// The quick checklist: ticks that are not (yet) saved in a case, in memory only.
    checklist: BTreeMap<String, DateTime<Utc>>,
    /// Set while the quick checklist is being saved into a case.
    saving_checklist: bool,
    drafts: Drafts,
    pin: PinPad,
    loaded: Loaded,
    notice: Option<(NoticeKind, String)>,
    last_activity: DateTime<Utc>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("route", &std::mem::discriminant(&self.route))
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
        let prefs = Preferences::load(&config.data_dir, config.device_language);
        let now = clock.now();
        Ok(Self {
            content,
            texts,
            vault,
            clock,
            data_dir: config.data_dir,
            prefs,
            route: Route::Home,
            stack: Vec::new(),
            after_unlock: None,
            checklist: BTreeMap::new(),
            saving_checklist: false,
            drafts: Drafts::default(),
            pin: PinPad::default(),
            loaded: Loaded::default(),
            notice: None,
            last_activity: now,
        })
    }

    /// Handles one event and returns the new view with the platform effects. Never
    /// panics on bad input: refusals come back as a notice on the unchanged screen.
    pub fn dispatch(&mut self, event: Event) -> Update {
        let now = self.clock.now();
        let mut effects = Vec::new();
        if self.idle_for_too_long(now) {
            self.lock(&mut effects);
        }
        if event != Event::Tick {
            self.last_activity = now;
        }
        let handled = self.handle(event, now, &mut effects);
        let refreshed = self.refresh().map_err(Refusal::from);
        if let Err(refusal) = handled.and(refreshed) {
            let text = refusal.wording(&self.texts, self.language());
            self.notice = Some((NoticeKind::Error, text));
        }
        Update {
            view: self.view(),
            effects,
        }
    }

    /// The current view, without changing anything.
    pub fn view(&self) -> ViewModel {
        views::build(self)
    }

    fn language(&self) -> Language {
        self.prefs.language
    }

    fn unlocked(&self) -> bool {
        self.vault.status() == VaultStatus::Unlocked
    }

    fn idle_for_too_long(&self, now: DateTime<Utc>) -> bool {
        self.unlocked()
            && now - self.last_activity
                >= Duration::minutes(i64::from(self.prefs.auto_lock_minutes))
    }

    /// Locks the vault: saves a note being written, forgets every piece of case data in
    /// memory, and leaves screens that show case data for the unlock screen.
    fn lock(&mut self, effects: &mut Vec<Effect>) {
        if !self.unlocked() {
            return;
        }
        self.save_note_draft_before_lock();
        self.vault.lock();
        self.loaded = Loaded::default();
        self.drafts = Drafts::default();
        self.pin.clear();
        self.stack.retain(|route| !route.needs_vault());
        if self.route.needs_vault() {
            self.after_unlock = Some(self.route.clone());
            self.route = Route::Pin(PinStep::Unlock);
        }
        effects.push(Effect::Locked);
    }

    /// A note being written when the vault locks is saved, not lost.
    fn save_note_draft_before_lock(&mut self) {
        let Route::NoteEditor { case, note } = self.route.clone() else {
            return;
        };
        if self.drafts.note.trim().is_empty() {
            return;
        }
        let body = std::mem::take(&mut self.drafts.note);
        let saved = match note {
            Some(note) => self.vault.update_note(note, &body),
            None => self.vault.add_note(case, &body).map(|_| ()),
        };
        // Too long or otherwise refused: the draft cannot be kept after locking, and
        // the user saw the refusal when typing.
        let _ = saved;
    }

    /// Reads what the current screen shows from the vault, skipping what is already
    /// loaded: casework changes keep the saved case (see `store_case`).
    fn refresh(&mut self) -> Result<(), VaultError> {
        if !self.unlocked() {
            self.loaded = Loaded::default();
            return Ok(());
        }
        if self.loaded.settings.is_none() {
            self.loaded.settings = Some(self.vault.settings()?);
        }
        let wanted = self.route.case();
        if self.loaded.case.as_ref().map(|c| c.id) != wanted {
            self.loaded.case = match wanted {
                Some(id) => self.vault.load_case(id)?,
                None => None,
            };
        }
        self.loaded.notes = match (&self.route, &self.loaded.case) {
            (Route::Case(_), Some(case)) => self.vault.list_notes(case.id)?,
            _ => Vec::new(),
        };
        self.loaded.cases = match self.route {
            Route::Cases { .. } => self.vault.list_cases()?,
            _ => Vec::new(),
        };
        self.loaded.hits = match self.route {
            Route::Search if !self.drafts.search.trim().is_empty() => {
                self.vault.search_notes(&self.drafts.search)?
            }
            _ => Vec::new(),
        };
        Ok(())
    }
}

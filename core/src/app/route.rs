//! Where the user is, with the state that belongs to that screen: a draft lives in its
//! editor's route, the PIN digits in the PIN flow's, so leaving a screen forgets them
//! and no reset list has to.
//!
//! No `Debug` here: routes hold what the user types, PINs included.

use zeroize::Zeroizing;

use super::outcome::Refusal;
use crate::casework::CaseId;
use crate::vault::NoteId;

/// A screen the user can be on, with the ids it is about and its own state.
pub(crate) enum Route {
    Home,
    Signals {
        case: Option<CaseId>,
    },
    Conversation,
    Meldcode {
        case: Option<CaseId>,
    },
    Afweging {
        case: Option<CaseId>,
    },
    Contacts,
    /// `picking` when the quick checklist is being saved into a case.
    Cases {
        picking: bool,
    },
    Case(CaseId),
    /// Naming a new case or renaming one.
    Label(LabelEditor),
    /// Editing the remark on an observed signal.
    Remark {
        case: CaseId,
        signal: String,
        draft: Draft,
    },
    NoteEditor {
        case: CaseId,
        note: Option<NoteId>,
        draft: Draft,
    },
    Search {
        query: Draft,
    },
    Settings(CoordinatorForm),
    About,
    Confirm(Confirmation),
    Pin(PinFlow),
    LockedOut,
    Neutral,
}

/// Text being typed, and why it is refused if it is.
#[derive(Default)]
pub(crate) struct Draft {
    pub text: Zeroizing<String>,
    pub error: Option<Refusal>,
}

impl Draft {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: Zeroizing::new(text.into()),
            error: None,
        }
    }
}

/// The case label editor.
pub(crate) struct LabelEditor {
    /// `None` for a new case.
    pub case: Option<CaseId>,
    /// A new case that the quick checklist is saved into once it exists.
    pub for_checklist: bool,
    pub draft: Draft,
}

/// The own coordinator's fields on the settings screen.
#[derive(Default)]
pub(crate) struct CoordinatorForm {
    pub name: Draft,
    pub number: Draft,
}

/// An action waiting for the user's confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Confirmation {
    DeleteCase(CaseId),
    DeleteNote { case: CaseId, note: NoteId },
    Export(CaseId),
    Wipe,
}

/// A PIN flow: its step, the digits on the pad, and where an unlock leads.
pub(crate) struct PinFlow {
    pub step: PinStep,
    pub digits: Zeroizing<String>,
    /// Why the last PIN was refused.
    pub error: Option<Refusal>,
    /// Where to go once the vault is open; `None`: the cases.
    pub then: Option<Box<Route>>,
}

impl PinFlow {
    pub fn new(step: PinStep, then: Option<Route>) -> Self {
        Self {
            step,
            digits: Zeroizing::new(String::new()),
            error: None,
            then: then.map(Box::new),
        }
    }
}

/// Where the user is in a PIN flow, with the PINs entered in its earlier steps.
pub(crate) enum PinStep {
    /// First run: choose a PIN.
    Choose,
    /// First run: repeat it.
    Repeat { first: Zeroizing<String> },
    /// Unlock.
    Unlock,
    /// Changing the PIN: the current one.
    ChangeCurrent,
    /// Changing the PIN: the new one.
    ChangeNew { current: Zeroizing<String> },
    /// Changing the PIN: the new one again.
    ChangeRepeat {
        current: Zeroizing<String>,
        first: Zeroizing<String>,
    },
}

impl PinStep {
    /// Whether this is a step of changing the PIN.
    pub fn is_change(&self) -> bool {
        matches!(
            self,
            PinStep::ChangeCurrent | PinStep::ChangeNew { .. } | PinStep::ChangeRepeat { .. }
        )
    }
}

impl Route {
    /// Whether the screen shows or changes case data, so it needs an unlocked vault.
    pub fn needs_vault(&self) -> bool {
        match self {
            Route::Signals { case } | Route::Meldcode { case } | Route::Afweging { case } => {
                case.is_some()
            }
            Route::Cases { .. }
            | Route::Case(_)
            | Route::Label(_)
            | Route::NoteEditor { .. }
            | Route::Remark { .. }
            | Route::Search { .. } => true,
            Route::Confirm(confirmation) => !matches!(confirmation, Confirmation::Wipe),
            // Changing the PIN starts from an open vault.
            Route::Pin(flow) => flow.step.is_change(),
            Route::Home
            | Route::Conversation
            | Route::Contacts
            | Route::Settings(_)
            | Route::About
            | Route::LockedOut
            | Route::Neutral => false,
        }
    }

    /// The case the screen is about, if any.
    pub fn case(&self) -> Option<CaseId> {
        match self {
            Route::Signals { case } | Route::Meldcode { case } | Route::Afweging { case } => *case,
            Route::Case(case) | Route::NoteEditor { case, .. } | Route::Remark { case, .. } => {
                Some(*case)
            }
            Route::Label(editor) => editor.case,
            Route::Confirm(Confirmation::DeleteCase(case) | Confirmation::Export(case)) => {
                Some(*case)
            }
            Route::Confirm(Confirmation::DeleteNote { case, .. }) => Some(*case),
            _ => None,
        }
    }

    /// Screens that are steps of a flow, not places: back never returns to them.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Route::Pin(_) | Route::Confirm(_) | Route::Neutral | Route::LockedOut
        )
    }

    /// Where to return after the unlock that follows a lock: the same place with nothing
    /// typed in it (a note being written was saved before the lock).
    pub fn resume_point(self) -> Route {
        match self {
            Route::Label(editor) => Route::Label(LabelEditor {
                draft: Draft::default(),
                ..editor
            }),
            Route::Remark { case, signal, .. } => Route::Remark {
                case,
                signal,
                draft: Draft::default(),
            },
            Route::NoteEditor { case, note, .. } => Route::NoteEditor {
                case,
                note,
                draft: Draft::default(),
            },
            Route::Search { .. } => Route::Search {
                query: Draft::default(),
            },
            other => other,
        }
    }
}

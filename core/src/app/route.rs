//! Where the user is: the navigation state the core keeps for the shells.

use crate::casework::CaseId;
use crate::vault::NoteId;

/// A screen the user can be on, with the ids it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Editing a label: of a new case (`None`) or of an existing one.
    Label {
        case: Option<CaseId>,
    },
    /// Editing the remark on an observed signal.
    Remark {
        case: CaseId,
        signal: String,
    },
    NoteEditor {
        case: CaseId,
        note: Option<NoteId>,
    },
    Search,
    Settings,
    About,
    Confirm(Confirmation),
    Pin(PinStep),
    LockedOut,
    Neutral,
}

/// An action waiting for the user's confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Confirmation {
    DeleteCase(CaseId),
    DeleteNote { case: CaseId, note: NoteId },
    Export(CaseId),
    Wipe,
}

/// Where the user is in a PIN flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PinStep {
    /// First run: choose a PIN.
    Choose,
    /// First run: repeat it.
    Repeat,
    /// Unlock.
    Unlock,
    /// Changing the PIN: the current one.
    ChangeCurrent,
    /// Changing the PIN: the new one.
    ChangeNew,
    /// Changing the PIN: the new one again.
    ChangeRepeat,
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
            | Route::Label { .. }
            | Route::NoteEditor { .. }
            | Route::Remark { .. }
            | Route::Search => true,
            Route::Confirm(confirmation) => !matches!(confirmation, Confirmation::Wipe),
            Route::Home
            | Route::Conversation
            | Route::Contacts
            | Route::Settings
            | Route::About
            | Route::Pin(_)
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
            Route::Label { case } => *case,
            Route::Confirm(Confirmation::DeleteCase(case) | Confirmation::Export(case)) => {
                Some(*case)
            }
            Route::Confirm(Confirmation::DeleteNote { case, .. }) => Some(*case),
            _ => None,
        }
    }
}

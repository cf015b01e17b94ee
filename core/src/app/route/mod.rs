//! Where the user is, with the state that belongs to that screen: a draft lives in its
//! editor's route, the PIN digits in the PIN flow's, so leaving a screen forgets them
//! and no reset list has to.
//!
//! No `Debug` here: routes hold what the user types, PINs included.

use zeroize::{Zeroize, Zeroizing};

use super::Destination;
use super::outcome::Refusal;
use super::seen::SeenEditor;
use crate::casework::{CaseId, NoteKind};
use crate::vault::{ClockDoubt, NoteId};

mod pin_flow;

pub(crate) use pin_flow::{PinFlow, PinStep};

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
    /// A signal observed in a case, on its own screen: when it was seen (`seen`) and
    /// the remark (`draft`).
    Remark {
        case: CaseId,
        signal: String,
        draft: Draft,
        seen: SeenEditor,
    },
    /// Editing the advice received at a consultation step of the meldcode.
    Advice {
        case: CaseId,
        step: u8,
        draft: Draft,
    },
    NoteEditor {
        case: CaseId,
        note: Option<NoteId>,
        draft: Draft,
        /// What the note says it is, saved with it.
        kind: NoteKind,
    },
    Search {
        query: Draft,
    },
    Settings(CoordinatorForm),
    /// Whose zorgcoördinator to call, asked once.
    CoordinatorQuestion(CoordinatorForm),
    About,
    Confirm(Confirmation),
    Pin(PinFlow),
    LockedOut,
    Neutral,
}

/// Which screen a route shows, without the state it holds: a choice made on one screen
/// (showing its held-back text) ends when the user leaves it, even for the same kind
/// of screen about another case.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place(std::mem::Discriminant<Route>, Option<CaseId>);

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

    /// Replaces the text, wiping the old one: assigning through the `Zeroizing` would
    /// free the old string unwiped, a copy of every earlier version left behind.
    pub fn set(&mut self, text: String) {
        let mut old = std::mem::replace(&mut *self.text, text);
        old.zeroize();
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
    DeleteNote {
        case: CaseId,
        note: NoteId,
    },
    /// Sharing a case's summary; its notes only if the user ticks them in.
    Export {
        case: CaseId,
        with_notes: bool,
    },
    /// The second question before the notes leave the vault with the summary.
    ExportNotes(CaseId),
    /// Leaving a one-line editor whose text changed: discard it? The editor waits
    /// under the question, on the back stack.
    DiscardText,
    Wipe,
    /// Cases expired by a clock the vault doubts: purge them only if the user agrees.
    PurgeExpired {
        count: usize,
        doubt: ClockDoubt,
    },
}

impl Route {
    /// The screen a destination of the home screen opens; the settings with the own
    /// coordinator's fields as `coordinator` gives them.
    pub fn opened_by(destination: Destination, coordinator: CoordinatorForm) -> Route {
        match destination {
            Destination::Signals => Route::Signals { case: None },
            Destination::Conversation => Route::Conversation,
            Destination::Meldcode => Route::Meldcode { case: None },
            Destination::Afwegingskader => Route::Afweging { case: None },
            Destination::Contacts => Route::Contacts,
            Destination::Cases => Route::Cases { picking: false },
            Destination::Search => Route::Search {
                query: Draft::default(),
            },
            Destination::Settings => Route::Settings(coordinator),
            Destination::About => Route::About,
        }
    }

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
            | Route::Advice { .. }
            | Route::Search { .. } => true,
            Route::Confirm(confirmation) => !matches!(confirmation, Confirmation::Wipe),
            // Changing the PIN and turning the biometric unlock on start from an open
            // vault.
            Route::Pin(flow) => flow.step.on_an_open_vault(),
            Route::Home
            | Route::Conversation
            | Route::Contacts
            | Route::Settings(_)
            | Route::CoordinatorQuestion(_)
            | Route::About
            | Route::LockedOut
            | Route::Neutral => false,
        }
    }

    /// Which screen this is.
    pub fn place(&self) -> Place {
        Place(std::mem::discriminant(self), self.case())
    }

    /// The case the screen is about, if any.
    pub fn case(&self) -> Option<CaseId> {
        match self {
            Route::Signals { case } | Route::Meldcode { case } | Route::Afweging { case } => *case,
            Route::Case(case)
            | Route::NoteEditor { case, .. }
            | Route::Remark { case, .. }
            | Route::Advice { case, .. } => Some(*case),
            Route::Label(editor) => editor.case,
            Route::Confirm(
                Confirmation::DeleteCase(case)
                | Confirmation::Export { case, .. }
                | Confirmation::ExportNotes(case),
            ) => Some(*case),
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
    /// typed in it. A note being written was saved before the lock (maybe as several
    /// notes): its case shows it, where an empty editor would look as if it was lost.
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
                seen: SeenEditor::default(),
            },
            Route::Advice { case, step, .. } => Route::Advice {
                case,
                step,
                draft: Draft::default(),
            },
            Route::NoteEditor { case, .. } => Route::Case(case),
            Route::Search { .. } => Route::Search {
                query: Draft::default(),
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn setting_a_draft_replaces_its_text() {
        let mut draft = Draft::new("eerste versie");
        draft.set("tweede".to_owned());
        assert_eq!(draft.text.as_str(), "tweede");
    }

    #[test]
    fn after_a_lock_a_note_editor_returns_to_its_case_and_other_editors_empty() {
        let case = CaseId::random();
        let editor = Route::NoteEditor {
            case,
            note: None,
            draft: Draft::new("tekst"),
            kind: NoteKind::Fact,
        };
        assert!(matches!(editor.resume_point(), Route::Case(c) if c == case));
        let label = Route::Label(LabelEditor {
            case: Some(case),
            for_checklist: false,
            draft: Draft::new("gezin B."),
        });
        assert!(
            matches!(label.resume_point(), Route::Label(e) if e.draft.text.is_empty() && e.case == Some(case))
        );
    }
}

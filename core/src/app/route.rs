//! Where the user is, with the state that belongs to that screen: a draft lives in its
//! editor's route, the PIN digits in the PIN flow's, so leaving a screen forgets them
//! and no reset list has to.
//!
//! No `Debug` here: routes hold what the user types, PINs included.

use zeroize::{Zeroize, Zeroizing};

use super::Destination;
use super::outcome::Refusal;
use crate::casework::CaseId;
use crate::vault::{ClockDoubt, MAX_PIN_DIGITS, NoteId};

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
            digits: pin_pad_with(""),
            error: None,
            then: then.map(Box::new),
        }
    }

    /// Adds a digit to the pad; `false` if it holds the longest PIN already. Never
    /// grows the pad's buffer: growing copies the digits to a new one and frees the old
    /// one unwiped.
    pub fn push_digit(&mut self, digit: char) -> bool {
        if self.digits.len() + digit.len_utf8() > MAX_PIN_DIGITS {
            return false;
        }
        // A pad without room for a whole PIN (a submit took the last one, leaving an
        // empty string) is replaced before a push could grow it.
        if self.digits.capacity() < MAX_PIN_DIGITS {
            self.digits = pin_pad_with(&self.digits);
        }
        self.digits.push(digit);
        true
    }

    /// Removes the last digit. `pop` would leave it behind the end of the buffer until
    /// the flow is dropped; a fresh pad leaves nothing, the old one is wiped as it drops.
    pub fn pop_digit(&mut self) {
        self.digits.pop();
        self.digits = pin_pad_with(&self.digits);
    }
}

/// A PIN pad with room for the longest PIN, holding `digits`.
fn pin_pad_with(digits: &str) -> Zeroizing<String> {
    let mut pad = Zeroizing::new(String::with_capacity(MAX_PIN_DIGITS));
    pad.push_str(digits);
    pad
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

    /// Which screen this is.
    pub fn place(&self) -> Place {
        Place(std::mem::discriminant(self), self.case())
    }

    /// The case the screen is about, if any.
    pub fn case(&self) -> Option<CaseId> {
        match self {
            Route::Signals { case } | Route::Meldcode { case } | Route::Afweging { case } => *case,
            Route::Case(case) | Route::NoteEditor { case, .. } | Route::Remark { case, .. } => {
                Some(*case)
            }
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

    /// Types `count` digits, checking that the pad's buffer never moves or grows.
    fn type_digits(flow: &mut PinFlow, count: usize) {
        assert!(flow.push_digit('4'));
        let buffer = (flow.digits.as_ptr(), flow.digits.capacity());
        assert!(buffer.1 >= MAX_PIN_DIGITS);
        for _ in 1..count {
            assert!(flow.push_digit('8'));
            assert_eq!((flow.digits.as_ptr(), flow.digits.capacity()), buffer);
        }
    }

    #[test]
    fn the_pin_pad_holds_the_longest_pin_without_growing_and_refuses_more() {
        let mut flow = PinFlow::new(PinStep::Choose, None);
        assert!(flow.digits.capacity() >= MAX_PIN_DIGITS, "preallocated");
        type_digits(&mut flow, MAX_PIN_DIGITS);
        assert!(!flow.push_digit('1'), "a 13th digit is refused");
        assert_eq!(flow.digits.len(), MAX_PIN_DIGITS);
    }

    #[test]
    fn a_pad_taken_by_a_submit_is_replaced_before_it_could_grow() {
        let mut flow = PinFlow::new(PinStep::Choose, None);
        type_digits(&mut flow, 6);
        // What `submit_pin` does: the entered PIN moves out, an empty string stays.
        let entered = std::mem::take(&mut flow.digits);
        assert_eq!(entered.as_str(), "488888");
        assert_eq!(flow.digits.capacity(), 0);
        type_digits(&mut flow, MAX_PIN_DIGITS);
    }

    #[test]
    fn backspace_leaves_a_full_size_pad_with_the_digits_before() {
        let mut flow = PinFlow::new(PinStep::Unlock, None);
        type_digits(&mut flow, 3);
        flow.pop_digit();
        assert_eq!(flow.digits.as_str(), "48");
        assert!(flow.digits.capacity() >= MAX_PIN_DIGITS);
        flow.pop_digit();
        flow.pop_digit();
        flow.pop_digit();
        assert_eq!(
            flow.digits.as_str(),
            "",
            "backspace on an empty pad is harmless"
        );
    }

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

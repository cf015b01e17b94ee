//! What the shells render: one screen with every string already worded, every button
//! with its enabled state and the event its tap sends.
//!
//! Plain data only (strings, numbers, lists, options), so the FFI crate can mirror it
//! one to one. `Debug` is hand-written and shows no case data.

use std::fmt;

use serde::Serialize;

use super::{Effect, Event, FieldId, UserText};
use crate::Language;

/// The result of a dispatch: the new view and what the platform must do.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Update {
    /// The view to render.
    pub view: ViewModel,
    /// Platform actions to carry out, in order.
    pub effects: Vec<Effect>,
    /// Numbered by `Core`, higher is newer (the app alone leaves it 0). A quick exit is
    /// answered at once, even while another event is being handled, so updates can
    /// arrive out of order: one with a lower revision than the last one applied is
    /// stale, skip it whole (view and effects).
    #[serde(skip)]
    pub revision: u64,
}

impl fmt::Debug for Update {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Update")
            .field("view", &self.view)
            .field("effects", &self.effects.len())
            .field("revision", &self.revision)
            .finish()
    }
}

/// Everything on screen.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ViewModel {
    /// The screen and its content.
    pub screen: Screen,
    /// The title bar text (neutral in discreet mode).
    pub title: String,
    /// The back button, where going back is possible.
    pub back: Option<Button>,
    /// The call button for the zorgcoördinator, on every screen but the neutral one.
    pub call: Option<CallButton>,
    /// The quick-exit button.
    pub quick_exit: Option<Button>,
    /// The lock button, while the vault is unlocked.
    pub lock: Option<Button>,
    /// An error or confirmation, already worded for the user.
    pub notice: Option<Notice>,
    /// Whether discreet mode is on (the shell picks a neutral style and launcher).
    pub discreet: bool,
    /// The language of every string in this view.
    pub language: Language,
    /// When to send `Event::Heartbeat`: this many milliseconds after this view arrived
    /// (0: at once). `None`: nothing time-bound is pending. A new view replaces it.
    pub next_heartbeat_ms: Option<u32>,
}

impl fmt::Debug for ViewModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ViewModel")
            .field("screen", &self.screen.kind())
            .field("notice", &self.notice.as_ref().map(|n| n.kind))
            .field("discreet", &self.discreet)
            .finish_non_exhaustive()
    }
}

/// A button: its text, what a screen reader says, whether it can be pressed, and the
/// event a press sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Button {
    /// The visible text.
    pub label: String,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// Whether it can be pressed.
    pub enabled: bool,
    /// The event a press sends.
    pub event: Event,
}

/// The call button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallButton {
    /// E.g. "Bel zorgcoördinator".
    pub label: String,
    /// The number as shown, e.g. "013 549 8430".
    pub number: String,
    /// What a screen reader says, including the number.
    pub accessibility_label: String,
    /// The event a press sends.
    pub event: Event,
}

/// How a notice should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NoticeKind {
    /// Something was refused or failed; nothing was lost.
    Error,
    /// Something was done.
    Confirmation,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Notice {
    /// Error or confirmation.
    pub kind: NoticeKind,
    /// The message.
    pub text: String,
    /// The button that closes it.
    pub dismiss: Button,
}

/// A tappable row with an optional second line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Row {
    /// The main text.
    pub label: String,
    /// A second line, if any.
    pub detail: Option<String>,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// The event a tap sends.
    pub event: Event,
}

/// A row with a checkbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CheckRow {
    /// The main text.
    pub label: String,
    /// A second line, e.g. when it was ticked.
    pub detail: Option<String>,
    /// Whether the box is ticked.
    pub checked: bool,
    /// What a screen reader says, including the state.
    pub accessibility_label: String,
    /// The event a tap sends.
    pub event: Event,
    /// A second action on the row, e.g. the remark of an observed signal.
    pub secondary: Option<Button>,
}

/// One option of a choice group (radio buttons or segmented control).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceOption {
    /// The text.
    pub label: String,
    /// Whether this is the current choice.
    pub selected: bool,
    /// The event choosing it sends.
    pub event: Event,
}

/// A labelled group of options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceGroup {
    /// What is being chosen.
    pub label: String,
    /// The options.
    pub options: Vec<ChoiceOption>,
}

/// A text field whose text the core holds. Every change goes to the core as
/// `Event::Edit { field: id, text }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TextField {
    /// Which field this is: the `field` of the `Edit` event its changes send.
    pub id: FieldId,
    /// The field's label.
    pub label: String,
    /// The current text.
    pub text: UserText,
    /// Shown while empty.
    pub placeholder: String,
    /// Why the current text is refused, if it is.
    pub error: Option<String>,
    /// The maximum number of characters.
    pub max_chars: u32,
    /// Whether the platform keyboard must not learn from it (notes, labels).
    pub sensitive: bool,
}

/// Which screen is shown, with its content.
// Variants differ in size (settings is large), but there is one screen per dispatch and
// the FFI mirror of this enum cannot hold a `Box`.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Screen {
    /// The card's sections.
    Home {
        /// What the screen shows.
        view: HomeView,
    },
    /// The signals checklist, quick or for a case.
    Signals {
        /// What the screen shows.
        view: SignalsView,
    },
    /// What helps and hinders the conversation.
    Conversation {
        /// What the screen shows.
        view: ConversationView,
    },
    /// The meldcode's steps, to read or for a case.
    Meldcode {
        /// What the screen shows.
        view: MeldcodeView,
    },
    /// The afwegingskader, to read or for a case.
    Afwegingskader {
        /// What the screen shows.
        view: AfwegingView,
    },
    /// All contacts.
    Contacts {
        /// What the screen shows.
        view: ContactsView,
    },
    /// The saved cases.
    Cases {
        /// What the screen shows.
        view: CasesView,
    },
    /// One case.
    Case {
        /// What the screen shows.
        view: CaseView,
    },
    /// Editing one line of text: a case label or a signal's remark.
    Label {
        /// What the screen shows.
        view: LabelView,
    },
    /// Editing a note.
    NoteEditor {
        /// What the screen shows.
        view: NoteEditorView,
    },
    /// Searching notes.
    Search {
        /// What the screen shows.
        view: SearchView,
    },
    /// Settings.
    Settings {
        /// What the screen shows.
        view: SettingsView,
    },
    /// About this card.
    About {
        /// What the screen shows.
        view: AboutView,
    },
    /// Asking to confirm an action.
    Confirm {
        /// What the screen shows.
        view: ConfirmView,
    },
    /// The PIN pad (set up, unlock, change).
    Pin {
        /// What the screen shows.
        view: PinView,
    },
    /// Too many wrong PINs: everything was erased.
    LockedOut {
        /// What the screen shows.
        view: MessageView,
    },
    /// The neutral screen after a quick exit.
    Neutral {
        /// What the screen shows.
        view: MessageView,
    },
}

impl Screen {
    /// The variant's name, for logs and `Debug` (never the content).
    pub fn kind(&self) -> &'static str {
        match self {
            Screen::Home { .. } => "Home",
            Screen::Signals { .. } => "Signals",
            Screen::Conversation { .. } => "Conversation",
            Screen::Meldcode { .. } => "Meldcode",
            Screen::Afwegingskader { .. } => "Afwegingskader",
            Screen::Contacts { .. } => "Contacts",
            Screen::Cases { .. } => "Cases",
            Screen::Case { .. } => "Case",
            Screen::Label { .. } => "Label",
            Screen::NoteEditor { .. } => "NoteEditor",
            Screen::Search { .. } => "Search",
            Screen::Settings { .. } => "Settings",
            Screen::About { .. } => "About",
            Screen::Confirm { .. } => "Confirm",
            Screen::Pin { .. } => "Pin",
            Screen::LockedOut { .. } => "LockedOut",
            Screen::Neutral { .. } => "Neutral",
        }
    }
}

impl fmt::Debug for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind())
    }
}

/// The home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct HomeView {
    /// The card's title and subtitle (neutral in discreet mode).
    pub heading: String,
    /// The card's opening paragraph (hidden in discreet mode).
    pub intro: Option<String>,
    /// The sections to open.
    pub sections: Vec<Row>,
}

/// The signals checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SignalsView {
    /// The section heading.
    pub heading: String,
    /// The case the ticks belong to; `None` for the quick, unsaved checklist.
    pub case_label: Option<String>,
    /// E.g. "3 signalen" (a count, never a score).
    pub count: String,
    /// Explains what ticking does here (unsaved, or saved in the case).
    pub hint: String,
    /// The eleven signals.
    pub items: Vec<CheckRow>,
    /// "Dit is ook mensenhandel" (hidden in discreet mode).
    pub banner: Option<String>,
    /// The card's text on victims who see themselves as offenders.
    pub perpetrator_heading: String,
    /// Its paragraphs.
    pub perpetrator_text: Vec<String>,
    /// Save the quick checklist into a case.
    pub save: Option<Button>,
    /// Clear the quick checklist.
    pub clear: Option<Button>,
}

/// What helps and hinders the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ConversationView {
    /// The section heading.
    pub heading: String,
    /// "Bevorderend".
    pub helping_heading: String,
    /// The helping points.
    pub helping: Vec<String>,
    /// "Belemmerend".
    pub hindering_heading: String,
    /// The hindering points.
    pub hindering: Vec<String>,
    /// "Ga een gesprek … niet uit de weg!"
    pub closing: String,
}

/// The meldcode's steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MeldcodeView {
    /// The section heading.
    pub heading: String,
    /// "Handel volgens de meldcode …" (hidden in discreet mode).
    pub intro: Option<String>,
    /// The case whose progress is shown; `None` to read the steps.
    pub case_label: Option<String>,
    /// The five steps in the card's order.
    pub steps: Vec<StepView>,
    /// Opens the afwegingskader (for the case, if there is one).
    pub afweging: Button,
}

/// One meldcode step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct StepView {
    /// 1 to 5.
    pub number: u8,
    /// "Stap 1".
    pub label: String,
    /// The card's words.
    pub title: String,
    /// Further text, where the card has it (hidden in discreet mode if revealing).
    pub detail: Option<String>,
    /// The experts the card names here.
    pub experts: Vec<ExpertView>,
    /// The step's status in the case, with the choices; `None` without a case.
    pub status: Option<ChoiceGroup>,
    /// When the status last changed, in the case.
    pub changed: Option<String>,
}

/// An expert named at a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ExpertView {
    /// The name (neutral in discreet mode).
    pub name: String,
    /// Calls the expert, where a number is known.
    pub call: Option<Button>,
    /// Says why there is no number, where none is known.
    pub no_number: Option<String>,
    /// Marks the expert consulted in the case; `None` without a case.
    pub consulted: Option<CheckRow>,
}

/// The afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AfwegingView {
    /// The section heading.
    pub heading: String,
    /// Says what this is, where it comes from and that the professional decides.
    pub label: String,
    /// "Bron: …, gecontroleerd op …".
    pub source: String,
    /// The case the answers belong to; `None` to read the questions.
    pub case_label: Option<String>,
    /// The questions on the path the answers lead along (all five without a case).
    pub questions: Vec<QuestionView>,
    /// What the meldcode says at the end of the path, if the answers reach one.
    pub conclusion: Option<String>,
}

/// One afwegingskader question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct QuestionView {
    /// 1 to 5.
    pub number: u8,
    /// A short name.
    pub topic: String,
    /// The question.
    pub text: String,
    /// What the meldcode says follows from "yes".
    pub if_yes: String,
    /// What the meldcode says follows from "no".
    pub if_no: String,
    /// The professional's answer with its time, in the case.
    pub answer: Option<String>,
    /// The yes/no/clear choice, in the case.
    pub choices: Option<ChoiceGroup>,
}

/// All contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactsView {
    /// The contacts: the own coordinator first, if set.
    pub items: Vec<ContactView>,
}

/// A contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ContactView {
    /// The organisation or role.
    pub name: String,
    /// When to call, what it costs.
    pub note: String,
    /// The number as shown, where known.
    pub number: Option<String>,
    /// Calls it, where a number is known.
    pub call: Option<Button>,
    /// "Bron: …, gecontroleerd op …".
    pub source: String,
}

/// The saved cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CasesView {
    /// The cases, most recently changed first.
    pub items: Vec<Row>,
    /// Shown when there are none.
    pub empty: Option<String>,
    /// Starts a new case.
    pub new_case: Button,
    /// When the quick checklist is being saved: which case to save it to.
    pub picking_for_checklist: Option<String>,
}

/// One case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CaseView {
    /// The label.
    pub label: String,
    /// "Verloopt over 12 dagen".
    pub expiry: String,
    /// What the meldcode asks next, in the card's words.
    pub guidance: Vec<String>,
    /// Signals, steps and afwegingskader of this case, with counts.
    pub sections: Vec<Row>,
    /// The notes, newest first.
    pub notes: Vec<Row>,
    /// Heading above the notes.
    pub notes_heading: String,
    /// Adds a note.
    pub new_note: Button,
    /// Exports the summary (after a confirmation).
    pub export: Button,
    /// Renames the case.
    pub rename: Button,
    /// Deletes the case (after a confirmation).
    pub delete: Button,
}

/// The one-line text editor: a case label or a signal's remark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LabelView {
    /// The field.
    pub field: TextField,
    /// Advice on what to write (no full names; what was seen).
    pub advice: String,
    /// Saves the label.
    pub submit: Button,
}

/// The note editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoteEditorView {
    /// The case the note belongs to.
    pub case_label: String,
    /// The note's text.
    pub field: TextField,
    /// Saves the note.
    pub save: Button,
    /// Deletes the note (after a confirmation), for an existing note.
    pub delete: Option<Button>,
}

/// Search over the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SearchView {
    /// The query field.
    pub field: TextField,
    /// The hits: case label, snippet; a tap opens the case.
    pub results: Vec<Row>,
    /// Shown when a query finds nothing.
    pub empty: Option<String>,
}

/// Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// Dutch or English.
    pub language: ChoiceGroup,
    /// Discreet mode on or off.
    pub discreet: CheckRow,
    /// Explains discreet mode.
    pub discreet_hint: String,
    /// Days after the last change that cases expire (needs an unlocked vault).
    pub retention: Option<ChoiceGroup>,
    /// Idle minutes before the vault locks.
    pub auto_lock: ChoiceGroup,
    /// Wrong PINs before everything is erased (needs an unlocked vault).
    pub max_attempts: Option<ChoiceGroup>,
    /// Heading for the own coordinator.
    pub coordinator_heading: String,
    /// The own coordinator's name.
    pub coordinator_name: TextField,
    /// The own coordinator's number.
    pub coordinator_number: TextField,
    /// "Ingesteld op …", when set.
    pub coordinator_set_on: Option<String>,
    /// Saves the own coordinator.
    pub save_coordinator: Button,
    /// Removes the own coordinator.
    pub clear_coordinator: Option<Button>,
    /// Changes the PIN (when a vault exists).
    pub change_pin: Option<Button>,
    /// Erases everything (after a confirmation).
    pub wipe: Button,
}

/// About this card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AboutView {
    /// Lines about the card: version, source document, transcription date.
    pub facts: Vec<String>,
    /// Heading above the corrections.
    pub corrections_heading: String,
    /// Each corrected typo: "uitbouter → uitbuiter: reason".
    pub corrections: Vec<String>,
    /// Layout notes.
    pub presentation: Vec<String>,
    /// Heading above the sources.
    pub sources_heading: String,
    /// Each fact not on the card with its source and date.
    pub sources: Vec<String>,
    /// What the app is and is not.
    pub disclaimer: String,
}

/// A confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ConfirmView {
    /// What is asked.
    pub heading: String,
    /// What will happen.
    pub text: String,
    /// Does it.
    pub confirm: Button,
    /// Does not.
    pub cancel: Button,
    /// Whether confirming destroys data (the shell styles it as dangerous).
    pub destructive: bool,
}

/// The PIN pad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PinView {
    /// What the PIN is for.
    pub heading: String,
    /// What to do.
    pub instruction: String,
    /// How many digits have been entered (the digits themselves never leave the core).
    pub entered: u32,
    /// The count worded for a screen reader, e.g. "3 cijfers ingevoerd".
    pub entered_label: String,
    /// The keys: 1–9, backspace, 0, confirm.
    pub keys: Vec<Button>,
    /// Why the last PIN was refused.
    pub error: Option<String>,
    /// "Nog 7 pogingen" after wrong PINs.
    pub attempts: Option<String>,
    /// "Probeer het opnieuw na 14:35" while a delay runs.
    pub retry: Option<String>,
}

/// A screen with a message and one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MessageView {
    /// The heading.
    pub heading: String,
    /// The message.
    pub text: String,
    /// The action.
    pub action: Button,
}

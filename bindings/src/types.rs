//! Mirrors of the core's app types, so they cross the FFI as they are.
//!
//! The core does not depend on uniffi (it forbids `unsafe`), so its plain-data types
//! are declared here as uniffi *remote* types: each definition below mirrors the real
//! one in `signalenkaart_core` field for field, uniffi generates the FFI conversions
//! for the real type, and no conversion code exists. If the core changes a type and
//! this mirror is not updated, this crate stops compiling.
//!
//! <https://mozilla.github.io/uniffi-rs/latest/types/remote_ext_types.html>

pub use signalenkaart_core::Language;
pub use signalenkaart_core::app::{
    AboutView, AfwegingView, AnswerChoice, Button, CallButton, CaseView, CasesView, CheckRow,
    ChoiceGroup, ChoiceOption, ConfirmView, ContactView, ContactsView, ConversationView,
    Destination, Effect, Event, ExpertView, HomeView, LabelView, MeldcodeView, MessageView,
    NoteEditorView, Notice, NoticeKind, PinView, QuestionView, Row, Screen, SearchView,
    SettingsView, SignalsView, StepChoice, StepView, TextField, Update, ViewModel,
};

/// A language the content and the interface are available in.
#[uniffi::remote(Enum)]
pub enum Language {
    Nl,
    En,
}

/// A place the user can open from the home screen.
#[uniffi::remote(Enum)]
pub enum Destination {
    Signals,
    Conversation,
    Meldcode,
    Afwegingskader,
    Contacts,
    Cases,
    Search,
    Settings,
    About,
}

/// A meldcode step status the user can choose.
#[uniffi::remote(Enum)]
pub enum StepChoice {
    NotStarted,
    InProgress,
    Done,
}

/// An afwegingskader answer the user can give.
#[uniffi::remote(Enum)]
pub enum AnswerChoice {
    Yes,
    No,
}

/// Everything a shell can tell the core. Ids travel as the strings the view gave out.
#[uniffi::remote(Enum)]
pub enum Event {
    Back,
    OpenHome,
    Open {
        destination: Destination,
    },
    DismissNotice,
    Tick,
    WentToBackground,
    QuickExit,
    LeaveNeutral,
    LockNow,
    Call {
        contact_id: String,
    },
    CallOwnCoordinator,
    PinDigit {
        digit: u8,
    },
    PinBackspace,
    PinSubmit,
    ToggleSignal {
        case_id: Option<String>,
        signal_id: String,
    },
    EditRemark {
        case_id: String,
        signal_id: String,
    },
    SaveChecklist,
    SaveChecklistTo {
        case_id: String,
    },
    ClearChecklist,
    NewCase,
    RenameCase {
        case_id: String,
    },
    LabelChanged {
        text: String,
    },
    SubmitLabel,
    OpenCase {
        case_id: String,
    },
    OpenCaseSignals {
        case_id: String,
    },
    OpenCaseSteps {
        case_id: String,
    },
    OpenCaseAfweging {
        case_id: String,
    },
    SetStepStatus {
        case_id: String,
        step: u8,
        status: StepChoice,
    },
    ToggleConsulted {
        case_id: String,
        step: u8,
        expert_id: String,
    },
    Answer {
        case_id: String,
        question: u8,
        answer: Option<AnswerChoice>,
    },
    DeleteCase {
        case_id: String,
    },
    ExportCase {
        case_id: String,
    },
    NewNote {
        case_id: String,
    },
    EditNote {
        note_id: String,
    },
    NoteChanged {
        text: String,
    },
    SaveNote,
    DeleteNote {
        note_id: String,
    },
    SearchChanged {
        query: String,
    },
    SetLanguage {
        language: Language,
    },
    SetDiscreet {
        enabled: bool,
    },
    SetRetentionDays {
        days: u32,
    },
    SetAutoLockMinutes {
        minutes: u32,
    },
    SetMaxAttempts {
        attempts: u32,
    },
    CoordinatorNameChanged {
        text: String,
    },
    CoordinatorNumberChanged {
        text: String,
    },
    SaveCoordinator,
    ClearCoordinator,
    ChangePin,
    RequestWipe,
    Confirm,
    Cancel,
}

/// A platform action the core asks for. Shells carry these out and do nothing else.
#[uniffi::remote(Enum)]
pub enum Effect {
    Dial { tel_uri: String },
    Share { subject: String, text: String },
    Locked,
    HideApp,
    Wiped,
    SetLauncherDiscreet { discreet: bool },
}

/// The result of a dispatch: the new view and what the platform must do.
#[uniffi::remote(Record)]
pub struct Update {
    pub view: ViewModel,
    pub effects: Vec<Effect>,
}

/// Everything on screen.
#[uniffi::remote(Record)]
pub struct ViewModel {
    pub screen: Screen,
    pub title: String,
    pub back: Option<Button>,
    pub call: Option<CallButton>,
    pub quick_exit: Option<Button>,
    pub lock: Option<Button>,
    pub notice: Option<Notice>,
    pub discreet: bool,
    pub language: Language,
}

/// A button: its text, screen-reader label, enabled state and the event a press sends.
#[uniffi::remote(Record)]
pub struct Button {
    pub label: String,
    pub accessibility_label: String,
    pub enabled: bool,
    pub event: Event,
}

/// The call button.
#[uniffi::remote(Record)]
pub struct CallButton {
    pub label: String,
    pub number: String,
    pub accessibility_label: String,
    pub event: Event,
}

/// How a notice should look.
#[uniffi::remote(Enum)]
pub enum NoticeKind {
    Error,
    Confirmation,
}

/// A message for the user.
#[uniffi::remote(Record)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
    pub dismiss: Button,
}

/// A tappable row with an optional second line.
#[uniffi::remote(Record)]
pub struct Row {
    pub label: String,
    pub detail: Option<String>,
    pub accessibility_label: String,
    pub event: Event,
}

/// A row with a checkbox.
#[uniffi::remote(Record)]
pub struct CheckRow {
    pub label: String,
    pub detail: Option<String>,
    pub checked: bool,
    pub accessibility_label: String,
    pub event: Event,
    pub secondary: Option<Button>,
}

/// One option of a choice group (radio buttons or segmented control).
#[uniffi::remote(Record)]
pub struct ChoiceOption {
    pub label: String,
    pub selected: bool,
    pub event: Event,
}

/// A labelled group of options.
#[uniffi::remote(Record)]
pub struct ChoiceGroup {
    pub label: String,
    pub options: Vec<ChoiceOption>,
}

/// A text field whose text the core holds.
#[uniffi::remote(Record)]
pub struct TextField {
    pub label: String,
    pub text: String,
    pub placeholder: String,
    pub error: Option<String>,
    pub max_chars: u32,
    pub sensitive: bool,
}

/// Which screen is shown, with its content.
#[uniffi::remote(Enum)]
pub enum Screen {
    Home(HomeView),
    Signals(SignalsView),
    Conversation(ConversationView),
    Meldcode(MeldcodeView),
    Afwegingskader(AfwegingView),
    Contacts(ContactsView),
    Cases(CasesView),
    Case(CaseView),
    Label(LabelView),
    NoteEditor(NoteEditorView),
    Search(SearchView),
    Settings(SettingsView),
    About(AboutView),
    Confirm(ConfirmView),
    Pin(PinView),
    LockedOut(MessageView),
    Neutral(MessageView),
}

/// The home screen.
#[uniffi::remote(Record)]
pub struct HomeView {
    pub heading: String,
    pub intro: Option<String>,
    pub sections: Vec<Row>,
}

/// The signals checklist.
#[uniffi::remote(Record)]
pub struct SignalsView {
    pub heading: String,
    pub case_label: Option<String>,
    pub count: String,
    pub hint: String,
    pub items: Vec<CheckRow>,
    pub banner: Option<String>,
    pub perpetrator_heading: String,
    pub perpetrator_text: Vec<String>,
    pub save: Option<Button>,
    pub clear: Option<Button>,
}

/// What helps and hinders the conversation.
#[uniffi::remote(Record)]
pub struct ConversationView {
    pub heading: String,
    pub helping_heading: String,
    pub helping: Vec<String>,
    pub hindering_heading: String,
    pub hindering: Vec<String>,
    pub closing: String,
}

/// The meldcode's steps.
#[uniffi::remote(Record)]
pub struct MeldcodeView {
    pub heading: String,
    pub intro: Option<String>,
    pub case_label: Option<String>,
    pub steps: Vec<StepView>,
    pub afweging: Button,
}

/// One meldcode step.
#[uniffi::remote(Record)]
pub struct StepView {
    pub number: u8,
    pub label: String,
    pub title: String,
    pub detail: Option<String>,
    pub experts: Vec<ExpertView>,
    pub status: Option<ChoiceGroup>,
    pub changed: Option<String>,
}

/// An expert named at a step.
#[uniffi::remote(Record)]
pub struct ExpertView {
    pub name: String,
    pub call: Option<Button>,
    pub no_number: Option<String>,
    pub consulted: Option<CheckRow>,
}

/// The afwegingskader.
#[uniffi::remote(Record)]
pub struct AfwegingView {
    pub heading: String,
    pub label: String,
    pub source: String,
    pub case_label: Option<String>,
    pub questions: Vec<QuestionView>,
    pub conclusion: Option<String>,
}

/// One afwegingskader question.
#[uniffi::remote(Record)]
pub struct QuestionView {
    pub number: u8,
    pub topic: String,
    pub text: String,
    pub if_yes: String,
    pub if_no: String,
    pub answer: Option<String>,
    pub choices: Option<ChoiceGroup>,
}

/// All contacts.
#[uniffi::remote(Record)]
pub struct ContactsView {
    pub items: Vec<ContactView>,
}

/// A contact.
#[uniffi::remote(Record)]
pub struct ContactView {
    pub name: String,
    pub note: String,
    pub number: Option<String>,
    pub call: Option<Button>,
    pub source: String,
}

/// The saved cases.
#[uniffi::remote(Record)]
pub struct CasesView {
    pub items: Vec<Row>,
    pub empty: Option<String>,
    pub new_case: Button,
    pub picking_for_checklist: Option<String>,
}

/// One case.
#[uniffi::remote(Record)]
pub struct CaseView {
    pub label: String,
    pub expiry: String,
    pub guidance: Vec<String>,
    pub sections: Vec<Row>,
    pub notes: Vec<Row>,
    pub notes_heading: String,
    pub new_note: Button,
    pub export: Button,
    pub rename: Button,
    pub delete: Button,
}

/// The label editor.
#[uniffi::remote(Record)]
pub struct LabelView {
    pub field: TextField,
    pub advice: String,
    pub submit: Button,
}

/// The note editor.
#[uniffi::remote(Record)]
pub struct NoteEditorView {
    pub case_label: String,
    pub field: TextField,
    pub save: Button,
    pub delete: Option<Button>,
}

/// Search over the notes.
#[uniffi::remote(Record)]
pub struct SearchView {
    pub field: TextField,
    pub results: Vec<Row>,
    pub empty: Option<String>,
}

/// Settings.
#[uniffi::remote(Record)]
pub struct SettingsView {
    pub language: ChoiceGroup,
    pub discreet: CheckRow,
    pub discreet_hint: String,
    pub retention: Option<ChoiceGroup>,
    pub auto_lock: ChoiceGroup,
    pub max_attempts: Option<ChoiceGroup>,
    pub coordinator_heading: String,
    pub coordinator_name: TextField,
    pub coordinator_number: TextField,
    pub coordinator_set_on: Option<String>,
    pub save_coordinator: Button,
    pub clear_coordinator: Option<Button>,
    pub change_pin: Option<Button>,
    pub wipe: Button,
}

/// About this card.
#[uniffi::remote(Record)]
pub struct AboutView {
    pub facts: Vec<String>,
    pub corrections_heading: String,
    pub corrections: Vec<String>,
    pub presentation: Vec<String>,
    pub sources_heading: String,
    pub sources: Vec<String>,
    pub disclaimer: String,
}

/// A confirmation.
#[uniffi::remote(Record)]
pub struct ConfirmView {
    pub heading: String,
    pub text: String,
    pub confirm: Button,
    pub cancel: Button,
    pub destructive: bool,
}

/// The PIN pad.
#[uniffi::remote(Record)]
pub struct PinView {
    pub heading: String,
    pub instruction: String,
    pub entered: u32,
    pub entered_label: String,
    pub keys: Vec<Button>,
    pub error: Option<String>,
    pub attempts: Option<String>,
    pub retry: Option<String>,
}

/// A screen with a message and one action.
#[uniffi::remote(Record)]
pub struct MessageView {
    pub heading: String,
    pub text: String,
    pub action: Button,
}
